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
    ['https://github.com/cil-karachi/flood-relief-map', '<https://github.com/cil-karachi/flood-relief-map>'],
    ['see https://example.org/a_(b), then http://x.example.', 'see <https://example.org/a_(b)>, then <http://x.example>.'],
    ['(https://example.org/a)', '(<https://example.org/a>)'],
    ['https://example.org/a|b <c>', '<https://example.org/a>\\|b \\<c>'],
    ['xhttps://example.org and https://', 'xhttps://example.org and https://'],
    ['* * * and _ _ _ or 5 * 3', '\\* \\* \\* and \\_ \\_ \\_ or 5 \\* 3'],
    ['a **bold** and _italic_ and snake_case', 'a **bold** and _italic_ and snake_case'],
  ])('%j -> %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('markdownTable', () => {
  const table = (headers: string[], rows: unknown[][]) => markdownTable(headers, rows.length, (row, column) => rows[row]?.[column]);

  it('right-aligns number columns and dashes empty cells', () => {
    expect(table(['Event', 'Citizens'], [['Meetup', 14], ['Call', null]])).toBe('| Event | Citizens |\n| --- | ---: |\n| Meetup | 14 |\n| Call | — |');
  });

  it('gives what joining the cells with pipes gives, for any number of columns and rows', () => {
    // The plain statement of what markdownTable does, checked on many small tables.
    const numeric = (rows: unknown[][], index: number) => rows.length > 0 && rows.every((row) => typeof row[index] === 'number' || row[index] === null);
    const cell = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));
    const joined = (headers: string[], rows: unknown[][]) =>
      [
        `| ${headers.join(' | ')} |`,
        `| ${headers.map((_, index) => (numeric(rows, index) ? '---:' : '---')).join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
    const values = ['a', '', null, 3, 0, undefined, 'b c'];
    for (let columns = 0; columns < 4; columns++) {
      for (let count = 0; count < 5; count++) {
        const headers = Array.from({ length: columns }, (_, index) => `H${index}`);
        const rows = Array.from({ length: count }, (_, row) => headers.map((_, index) => values[(row * 3 + index * 5) % values.length]));
        expect(table(headers, rows)).toBe(joined(headers, rows));
      }
    }
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

  it('gives what trimming each line, folding blank lines and trimming the whole would give', () => {
    // The plain statement of what tidyMarkdown does, checked on many small texts.
    const plain = (text: string) => `${text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
    const pieces = ['a', 'b c', ' ', '  ', '\t', '\r', '\n', '\n', '\u00a0', '\u2028', '#'];
    let state = 7;
    for (let index = 0; index < 5000; index++) {
      let text = '';
      for (let length = index % 12; length > 0; length--) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        text += pieces[state % pieces.length];
      }
      expect(tidyMarkdown(text), JSON.stringify(text)).toBe(plain(text));
    }
    // Texts that are tidy already, or nearly: each near miss must be caught and tidied.
    const nearlyTidy = ['a\n', 'a\n\nb\n', 'a \n', 'a\n\n', ' a\n', '\na\n', 'a\n\n\nb\n', 'a\u00a0\n', 'a\r\n', '\u2028a\n', 'a\rb\n', 'a\n \nb\n'];
    for (const text of nearlyTidy) expect(tidyMarkdown(text), JSON.stringify(text)).toBe(plain(text));
  });
});
