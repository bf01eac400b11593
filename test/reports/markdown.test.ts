import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeStrings, markdownTable, tidyMarkdown } from '../../src/reports/markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['Chai & samosas', 'Chai & samosas'],
    ["People's budget", "People's budget"],
    ['Urdu: زینب بی بی', 'Urdu: زینب بی بی'],
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)>'],
    ['first line\nsecond line', 'first line second line'],
    ['windows\r\nline', 'windows line'],
    ['back\\slash', 'back\\\\slash'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['> not a quote', '\\> not a quote'],
    ['2026. A year', '2026\\. A year'],
    ['C# and F#', 'C# and F#'],
    ['-5 degrees', '-5 degrees'],
  ])('%j -> %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('markdownTable', () => {
  it('right-aligns number columns and dashes empty cells', () => {
    expect(markdownTable(['Event', 'Citizens'], [['Meetup', 14], ['Call', null]])).toBe('| Event | Citizens |\n| --- | ---: |\n| Meetup | 14 |\n| Call | — |');
  });

  it('left-aligns a column with text in it, and every column of a table without rows', () => {
    expect(markdownTable(['A', 'B'], [[1, 'x'], ['', 2]])).toBe('| A | B |\n| --- | --- |\n| 1 | x |\n| — | 2 |');
    expect(markdownTable(['A'], [])).toBe('| A |\n| --- |');
  });
});

describe('escapeStrings', () => {
  const value = () => ({
    lab: { name: 'Lab | Quetta', city: 'Quetta', founded: '2023-02-01' },
    members: [
      { name: 'Ayesha Khan', hours: 4, roles: ['lead'] },
      { name: '<b>Bilal</b>', hours: null, roles: ['- member'] },
    ],
    counts: [1, 2, 3],
    empty: null,
  });

  it('escapes every string, at any depth, and keeps everything else', () => {
    expect(escapeStrings(value())).toEqual({
      lab: { name: 'Lab \\| Quetta', city: 'Quetta', founded: '2023-02-01' },
      members: [
        { name: 'Ayesha Khan', hours: 4, roles: ['lead'] },
        { name: '\\<b>Bilal\\</b>', hours: null, roles: ['\\- member'] },
      ],
      counts: [1, 2, 3],
      empty: null,
    });
  });

  it('leaves what it was given unchanged, and shares only the parts with nothing to escape', () => {
    const input = value();
    const output = escapeStrings(input);
    expect(input).toEqual(value());
    expect(output).not.toBe(input);
    expect(output.members).not.toBe(input.members);
    expect(output.members[1]).not.toBe(input.members[1]);
    expect(output.members[0]).toBe(input.members[0]);
    expect(output.counts).toBe(input.counts);
    const plain = { name: 'Sara Malik', roles: ['technologist'] };
    expect(escapeStrings(plain)).toBe(plain);
  });
});

describe('tidyMarkdown', () => {
  it('drops trailing spaces and extra blank lines, and ends with one newline', () => {
    expect(tidyMarkdown('\n# Title  \n\n\n\ntext\n\n\n')).toBe('# Title\n\ntext\n');
  });

  it.each([
    ['a\n', 'a\n'],
    ['', '\n'],
    [' a\n', 'a\n'],
    ['a \n \nb', 'a\n\nb\n'],
    ['a\r\n', 'a\n'],
    ['a\n\n\n\nb\n\n', 'a\n\nb\n'],
  ])('%j -> %j', (text, tidy) => {
    expect(tidyMarkdown(text)).toBe(tidy);
  });
});
