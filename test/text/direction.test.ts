import { describe, expect, it } from 'vitest';
import { isolated } from '../../src/text/direction.js';

describe('isolated', () => {
  it.each([
    ['Lahore', 'Lahore'],
    ['کوئٹہ', '\u2068کوئٹہ\u2069'],
    ['Lab کوئٹہ 2', '\u2068Lab کوئٹہ 2\u2069'],
    // A control of direction inside a name can neither end its isolate early nor turn what follows it.
    ['کوئٹہ\u2069\u202e after', '\u2068کوئٹہ after\u2069'],
    ['plain\u202d turned', '\u2068plain turned\u2069'],
    ['\u2066left\u2069', '\u2068left\u2069'],
  ])('%j becomes %j', (text, expected) => {
    expect(isolated(text)).toBe(expected);
  });
});
