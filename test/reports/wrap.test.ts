import { describe, expect, it } from 'vitest';
import { LINE_WIDTH, wrapMarkdown } from '../../src/reports/wrap.js';
import { toHtml } from '../helpers/markdown.js';

const words = (count: number, word = 'word') => Array.from({ length: count }, (_, index) => `${word}${index}`).join(' ');
// What a reader sees: the HTML, where a line break in prose shows as the space it replaced.
const shown = (text: string) => toHtml(text).replace(/\s+/g, ' ');

describe('wrapMarkdown', () => {
  it.each([
    ['a paragraph', words(40)],
    ['a list item', `- **Members:** ${words(30)}`],
    ['a numbered item', `12. ${words(30)}`],
    ['a task', `- [ ] ${words(30)}`],
    ['words that would open a block at a line\'s start', `${words(12)} - # > 1. 2) + * === --- \`\`\` ~~~ <div> | ${words(12)} - # > 1. 2)`],
    ['code spans and emphasis across the break', `\`${words(12)}\` **${words(12)}** _${words(12)}_ [${words(12)}](https://example.org)`],
    ['escaped characters and a backslash before a space', `${words(10)} \\| \\< a\\\\ b\\ ${words(20)} \\# \\- end`],
    ['a backslash where a break would fall', `${'x'.repeat(75)} a\\ ${words(5)}`],
    ['Urdu', Array.from({ length: 30 }, () => 'زینب بی بی').join(' ')],
  ])('%s: lines within the width, rendering as before', (_name, line) => {
    const text = `# Title\n\n${line}\n`;
    const wrapped = wrapMarkdown(text);
    expect(wrapped.split('\n').length).toBeGreaterThan(text.split('\n').length);
    for (const each of wrapped.split('\n')) expect(each.replace(/\S*$/, '#').length).toBeLessThanOrEqual(LINE_WIDTH);
    expect(shown(wrapped)).toBe(shown(text));
  });

  it('indents a list item\'s continuation lines under its text', () => {
    const wrapped = wrapMarkdown(`- ${words(20)}\n1. ${words(20)}\n`).split('\n');
    expect(wrapped[1]).toMatch(/^ {2}\S/);
    expect(wrapped.find((line, index) => index > 0 && /^ {3}\S/.test(line))).toBeDefined();
  });

  it('leaves tables, headings, fenced and indented code and HTML as they are', () => {
    const text = [
      `| ${words(20)} |`, '| --- |', `# ${words(20)}`, '```', words(20), '```', '', `    ${words(20)}`, '', `<p>${words(20)}</p>`, '',
    ].join('\n');
    expect(wrapMarkdown(text)).toBe(text);
  });

  it('keeps a word longer than the line whole', () => {
    const url = `https://example.org/${'x'.repeat(100)}`;
    expect(wrapMarkdown(`See ${url} now\n`)).toBe(`See\n${url}\nnow\n`);
  });
});
