import { withoutContactData } from '../text/contact-data.js';

/**
 * Record text as Markdown that shows exactly what was written: `&` stays `&` and `'` stays
 * `'` (Markdown is not HTML, so no entities), while what would change the document's
 * structure is escaped with a backslash: `|` (a table cell's end), `<` (raw HTML), `\`
 * itself, a `*` or `_` standing alone, and a first character that could open a block where
 * a template puts the text at the start of a line or list item (a heading, quote, list, code
 * fence, thematic break, setext underline or link reference definition). Line breaks become
 * spaces and the ends are trimmed, so no text can end a table row or list item, or indent a
 * code block. A web address becomes an autolink (`<https://…>`): a link in every Markdown
 * reader, not only those that guess links in text, and no bare URL for markdownlint (MD034).
 */
export function escapeMarkdown(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
    .trim()
    .replace(/[\\|<]/g, (char) => `\\${char}`)
    .replace(LONE_EMPHASIS, (run) => run.replace(/[*_]/g, '\\$&'))
    .replace(/^(?=[#>=_~`[]|[-+*](?:\s|$|[-+*]))/, '\\')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(WEB_ADDRESS, autolink);
}

// A run of `*` or `_` with a space (or the text's end) on both sides can neither open nor close
// emphasis, but markdownlint takes `* * *` for emphasis with spaces inside (MD037): escaped, it
// shows the same and reads as what it is.
const LONE_EMPHASIS = /(?<=^|\s)[*_]+(?=\s|$)/g;

// Most record text needs no escaping; one test finds the rest.
const NEEDS_ESCAPE = /[\\|<\r\n]|^\s|\s$|(?:^|\s)[*_]+(?:\s|$)|^(?:[#>=_~`[]|[-+*](?:\s|$|[-+*])|\d{1,9}[.)](?:\s|$))|:\/\//;

// A web address where GFM would see one (after a space, an opening parenthesis or emphasis),
// up to a character an autolink cannot hold, or one escaping made.
const WEB_ADDRESS = /(?<=^|[\s(*_~])https?:\/\/[^\s<>\\|`]+/g;

/** `<address>`, leaving out the punctuation after it as GFM does: `.`, `,`, an unbalanced `)`. */
function autolink(address: string): string {
  let end = address.length;
  for (;;) {
    const last = address[end - 1] ?? '';
    const open = address.slice(0, end).split('(').length;
    if ('?!.,:;*_~\'"'.includes(last) || (last === ')' && address.slice(0, end).split(')').length > open)) end--;
    else break;
  }
  const linked = address.slice(0, end);
  return /^https?:\/\/./.test(linked) ? `<${linked}>${address.slice(end)}` : address;
}

/**
 * Every string in a value escaped for Markdown, with any contact details in it removed (a
 * document is published: it never repeats a phone number a record should not have held),
 * everything else as it is. Arrays and objects
 * are copied only where something in them changed; the rest is shared (most record text
 * needs no escaping, and the audit builds a context for every report: copying each whole
 * was a quarter of a cold audit; `npm run bench` measures the two side by side).
 */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(withoutContactData(value)) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const escaped = escapeStrings(item);
      if (escaped !== item) (copy ??= [...value])[index] = escaped;
    }
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const key in source) {
      const item = source[key];
      const escaped = escapeStrings(item);
      if (escaped !== item) (copy ??= { ...source })[key] = escaped;
    }
    return (copy ?? value) as T;
  }
  return value;
}

// The audit renders every report, each with several tables, and tidies each whole: these
// two skip work a plain version would do (\`npm run bench\` measures both beside their plain
// versions, which the tests state).

/**
 * A Markdown table of \`rowCount\` rows whose cells \`cell(row, column)\` gives (strings already
 * escaped); null cells show as a dash. A column whose cells are all numbers (or empty) is
 * right-aligned. Lines are built cell by cell, with no array per row.
 */
export function markdownTable(headers: readonly string[], rowCount: number, cell: (row: number, column: number) => unknown): string {
  const align = headers.map((_, column) => {
    let numeric = rowCount > 0;
    for (let row = 0; numeric && row < rowCount; row++) {
      const value = cell(row, column);
      numeric = typeof value === 'number' || value === null || value instanceof NumberText;
    }
    return numeric ? '---:' : '---';
  });
  let table = `| ${headers.join(' | ')} |\n| ${align.join(' | ')} |`;
  for (let row = 0; row < rowCount; row++) {
    let line = '\n| ';
    for (let column = 0; column < headers.length; column++) {
      const value = cell(row, column);
      if (column > 0) line += ' | ';
      line += value === null || value === undefined || value === '' ? '—' : String(value);
    }
    table += `${line} |`;
  }
  return table;
}

/** A number written for people (`12,345`): a table cell that aligns as the number it is. */
export class NumberText {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

// A blank line holding spaces, a space at a line's end, or two blank lines in a row.
const UNTIDY = /[^\S\n]\n|\n\n\n/;

/**
 * Tidies rendered Markdown: no trailing spaces, no more than one blank line in a row, one
 * final newline, nothing blank before the first line. Templates can then use conditionals
 * freely without leaving gaps. Most documents come out of the templates tidy already, and
 * are returned as they are.
 */
export function tidyMarkdown(text: string): string {
  const tidy = text.endsWith('\n') && !text.endsWith('\n\n') && !/^\s/.test(text) && !UNTIDY.test(text);
  if (tidy) return text;
  return `${text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
