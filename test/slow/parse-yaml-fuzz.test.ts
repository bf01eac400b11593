import { describe, expect, it } from 'vitest';
import { parseThoroughly, parseYaml } from '../../src/network/parse-yaml.js';
import { randomRecord, seeded } from '../helpers/yaml-texts.js';

// The fast YAML path against the straightforward one, on thousands of texts made of the
// scalars and keys where YAML 1.1, YAML 1.2 core and the two libraries could disagree.

describe('parseYaml', () => {
  it('agrees with the straightforward path on thousands of generated texts', { timeout: 30000 }, () => {
    const pick = seeded(20261123);
    let fast = 0;
    for (let index = 0; index < 12000; index++) {
      const text = randomRecord(pick);
      const thorough = parseThoroughly(text);
      expect(parseYaml(text), JSON.stringify(text)).toEqual(thorough);
      if (thorough.problems.length === 0) fast++;
    }
    // The texts must exercise both outcomes, or the comparison proves little.
    expect(fast).toBeGreaterThan(1200);
    expect(fast).toBeLessThan(10800);
  });
});
