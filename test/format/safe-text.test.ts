import { describe, expect, it } from 'vitest';
import { codeSpan, commentText, messageText, printable } from '../../src/format/safe-text.js';
import { quoted } from '../../src/schema/message-parts.js';
import { toHtml } from '../helpers/markdown.js';

describe('text made safe for where cil prints it', () => {
  it.each([
    ['ESC, BEL and CR', 'red\u001b[31m bell\u0007 back\r', 'red\\u{1b}[31m bell\\u{7} back\\u{d}'],
    ['a right-to-left override', 'invoice\u202eexe.txt', 'invoice\\u{202e}exe.txt'],
    ['Urdu, tabs and line breaks, which are text', 'زینب بی بی\tone\ntwo', 'زینب بی بی\tone\ntwo'],
  ])('printable: %s', (_name, text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it.each([
    ['a mention and a team', '@ayeshak and @code-for-pakistan/core'],
    ['an issue reference', 'fixes #12'],
    ['an image', '![x](https://evil.example/i.png)'],
    ['a link and an autolink', '[ok](https://evil.example) https://evil.example www.evil.example'],
    ['an e-mail address', 'ayesha@example.org'],
    ['HTML and a comment', '<img src=x onerror=alert(1)> <!-- hidden'],
    ['an entity', '&#64;ayeshak'],
    ['math', '$x^2$'],
    ['a heading and a list', '# Approved\n- one'],
  ])('commentText shows %s as written, and does nothing else', (_name, text) => {
    const html = toHtml(`Before ${commentText(text)} after`);
    expect(html).toMatch(/^<p>Before .* after<\/p>\n$/);
    expect(html).not.toMatch(/<(?!\/?p>)/);
    // What shows is the text, with invisible spaces only after @, # and before ://.
    const shown = html.replace(/^<p>Before | after<\/p>\n$/g, '').replace(/\u200b/g, '');
    const decoded = shown.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(decoded).toBe(text.replace(/\n/g, ' '));
  });

  it.each(['plain', 'a`b', '``', '`start', 'line\nbreak <!--'])('codeSpan holds %j exactly', (text) => {
    const html = toHtml(codeSpan(text));
    const inside = /^<p><code>(.*)<\/code><\/p>\n$/s.exec(html)?.[1];
    expect(inside?.replace(/&lt;/g, '<')).toBe(text.replace(/\n/g, '\u2424'));
  });

  // Values a record could hold that Markdown would otherwise act on, in or around code.
  const HOSTILE = [
    'KP | <b>x</b> & y', 'a`b', '``', '`start', 'end`', 'a\\|b', 'a\\\\|b', 'back\\slash\\', '\\`x\\`', '|', '\\',
    ' lead and trail ', ' lead', 'trail ', '   ', '<!-- x', '&amp; &#64; &', '@ayeshak #12 https://x.example', '*em* _u_ [l](u) ~~s~~',
  ];
  const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const codeIn = (html: string) => [...html.matchAll(/<code>(.*?)<\/code>/gs)].map((match) => decode(match[1] ?? ''));
  const table = (cell: string) => toHtml(`| a | b |\n| --- | --- |\n| one | ${cell} |\n`);

  it.each(HOSTILE)('codeSpan holds %j exactly in a table cell and in a list item', (text) => {
    const inTable = table(codeSpan(text, 'table'));
    expect(inTable).toMatch(/<tr>\n<td>one<\/td>\n<td><code>[^]*<\/code><\/td>\n<\/tr>/);
    expect(codeIn(inTable)).toEqual([text]);
    const inList = toHtml(`- ${codeSpan(text)}\n- next\n`);
    expect(inList).toMatch(/^<ul>\n<li><code>[^]*<\/code><\/li>\n<li>next<\/li>\n<\/ul>\n$/);
    expect(codeIn(inList)).toEqual([text]);
  });

  it.each(HOSTILE)('messageText shows the value %j a message quotes as code, whole, in a table and in a list', (text) => {
    const message = `\`name\` must be one of: a, b; found ${quoted(text)}`;
    expect(codeIn(table(messageText(message, 'table')))).toEqual(['name', text]);
    expect(codeIn(toHtml(`- ${messageText(message)}\n`))).toEqual(['name', text]);
  });

  it('keeps the quoted parts of a message as code', () => {
    expect(toHtml(messageText('reference `x19` is not a member of lab @lahore'))).toBe('<p>reference <code>x19</code> is not a member of lab @\u200blahore</p>\n');
  });
});
