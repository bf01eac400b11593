import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BASE, networkDir } from '../helpers/network.js';

/** The lab page's whole addresses: its canonical address and its calendar to subscribe to. */
function wholeAddresses(dir: string, out = '_site') {
  const page = readFileSync(join(dir, out, 'labs/lahore/index.html'), 'utf8');
  return {
    canonical: /<link rel="canonical" href="([^"]*)">/.exec(page)?.[1],
    subscribe: /<a href="(webcal:[^"]*)">subscribe to it<\/a>/.exec(page)?.[1],
  };
}

describe("cil site and cil.yaml's site_url", () => {
  const withSiteUrl = (siteUrl: string) => networkDir({ 'cil.yaml': `${BASE['cil.yaml']}site_url: ${siteUrl}\n` });

  it('publishes at site_url when --base-url is not given, as a folder even without its final slash', async () => {
    const dir = withSiteUrl('https://labs.example.org/network');
    const run = await runCli(['site'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(wholeAddresses(dir)).toEqual({
      canonical: 'https://labs.example.org/network/labs/lahore/',
      subscribe: 'webcal://labs.example.org/network/labs/lahore/calendar.ics',
    });
  });

  it('lets --base-url win over site_url', async () => {
    const dir = withSiteUrl('https://labs.example.org/network/');
    const run = await runCli(['site', '--base-url', 'https://preview.example.org/'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(wholeAddresses(dir).canonical).toBe('https://preview.example.org/labs/lahore/');
  });

  it('has no whole address without either', async () => {
    const dir = networkDir();
    await runCli(['site'], { cwd: dir });
    expect(wholeAddresses(dir)).toEqual({ canonical: undefined, subscribe: undefined });
  });

  it('stops at a site_url the audit refuses, naming it, as at any problem of cil.yaml', async () => {
    const dir = withSiteUrl('"not an address"');
    const run = await runCli(['site'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: cil\.yaml:\d+:\d+: .*site_url.*; fix cil\.yaml first/);
    expect(existsSync(join(dir, '_site'))).toBe(false);
  });
});
