import { describe, expect, it } from 'vitest';
import { isPlain, readWithJsYaml } from '../../src/network/parse-yaml.js';
import { plainTree } from '../../src/network/plain-yaml-tree.js';
import { bothWays } from '../helpers/located.js';
import { randomRecord, seeded } from '../helpers/yaml-texts.js';

// Placing findings in plain records without `yaml` must put them where `yaml` does, on
// thousands of texts that look like records.

describe('plain records, read line by line', () => {
  it('place every key and value where yaml does on sixty thousand generated texts', { timeout: 60_000 }, () => {
    const pick = seeded(20261130);
    let compared = 0;
    for (let index = 0; index < 60000; index++) {
      const text = randomRecord(pick);
      if (!isPlain(text) || readWithJsYaml(text) === undefined || plainTree(text) === undefined) continue;
      const { plain, thorough } = bothWays(text);
      expect(plain, JSON.stringify(text)).toEqual(thorough);
      compared++;
    }
    // Enough texts must be read the plain way, or the comparison proves little.
    expect(compared).toBeGreaterThan(1000);
  });
});
