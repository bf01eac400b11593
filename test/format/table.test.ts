import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/format/table.js';

describe('formatTable', () => {
  it('aligns columns by display width, Urdu and wide characters included, numbers to the right', () => {
    const text = formatTable(['Name', 'Id', 'Hours'], [
      ['زینب بی بی', 'zainab-bibi', 4],
      ['Ayesha Khan', 'ayesha-khan', 12],
      ['山田', 'yamada', null],
    ]);
    expect(text).toBe([
      'Name         Id           Hours',
      'زینب بی بی   zainab-bibi      4',
      'Ayesha Khan  ayesha-khan     12',
      '山田         yamada           -',
      '',
    ].join('\n'));
  });

  it('shows control characters and keeps each row on its line', () => {
    expect(formatTable(['A'], [['one\ntwo\u001b[2J']])).toBe('A\none two\\u{1b}[2J\n');
  });
});
