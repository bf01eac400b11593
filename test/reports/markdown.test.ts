import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownTable, tidyMarkdown } from '../../src/reports/markdown.js';

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
    expect(markdownTable(['Event', 'Citizens'], [['Meetup', 14], ['Call', null]])).toBe(
      '| Event | Citizens |\n| --- | ---: |\n| Meetup | 14 |\n| Call | — |',
    );
  });
});

describe('tidyMarkdown', () => {
  it('drops trailing spaces and extra blank lines, and ends with one newline', () => {
    expect(tidyMarkdown('\n# Title  \n\n\n\ntext\n\n\n')).toBe('# Title\n\ntext\n');
  });
});
