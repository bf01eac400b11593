import { describe, expect, it } from 'vitest';
import { pagesAddress, siteAddress } from '../../src/text/site-address.js';

describe("the website's address", () => {
  it.each([
    ['https://github.com/cfp-labs/network', 'https://cfp-labs.github.io/network/'],
    ['https://github.com/cfp-labs/network.git', 'https://cfp-labs.github.io/network/'],
    ['https://github.com/cfp-labs/network/', 'https://cfp-labs.github.io/network/'],
    ['https://nadia@github.com/cfp-labs/network.git', 'https://cfp-labs.github.io/network/'],
    ['git@github.com:CFP-Labs/Network.git', 'https://cfp-labs.github.io/Network/'],
    ['ssh://git@github.com/cfp-labs/network.git', 'https://cfp-labs.github.io/network/'],
    ['git://github.com/cfp-labs/network.git', 'https://cfp-labs.github.io/network/'],
    ['https://github.com/cfp-labs/cfp-labs.github.io.git', 'https://cfp-labs.github.io/'],
    ['git@github.com:CFP-Labs/cfp-labs.GitHub.io', 'https://cfp-labs.github.io/'],
    ['https://gitlab.com/cfp-labs/network.git', undefined],
    ['https://github.com.evil.example/cfp-labs/network', undefined],
    ['https://github.com/cfp-labs', undefined],
    ['/srv/git/network.git', undefined],
  ])("GitHub Pages' address of the remote %s is %s", (remote, address) => {
    expect(pagesAddress(remote)).toBe(address);
  });

  it.each([
    ['https://cfp-labs.github.io/network', 'https://cfp-labs.github.io/network/'],
    ['https://cfp-labs.github.io/network/', 'https://cfp-labs.github.io/network/'],
    ['https://Labs.CodeForPakistan.org', 'https://labs.codeforpakistan.org/'],
    ['https://labs.example/<a>/', 'https://labs.example/%3Ca%3E/'],
  ])('%s as a folder is %s', (url, folder) => {
    expect(siteAddress(url)).toBe(folder);
  });
});
