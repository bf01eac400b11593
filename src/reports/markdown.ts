/**
 * Record text as Markdown that shows exactly what was written: `&` stays `&` and `'` stays
 * `'` (Markdown is not HTML, so no entities), while what would change the document's
 * structure is escaped with a backslash: `|` (a table cell's end), `<` (raw HTML), `\`
 * itself, a line break (it would end a table row or list item), and a leading `#`, `>`,
 * `-`, `+`, `*` or `1.` that would start a heading, quote or list.
 */
export function escapeMarkdown(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
    .replace(/[\\|<]/g, (char) => `\\${char}`)
    .replace(/^(#{1,6}|[-+*])(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

// Most record text needs no escaping; one test finds the rest.
const NEEDS_ESCAPE = /[\\|<\r\n]|^\s*(?:#|>|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$))/;

/**
 * Every string in a value escaped for Markdown, everything else as it is. Arrays and objects
 * are copied only where something in them changed; the rest is shared, not copied (most
 * record text needs no escaping, and the audit builds a context for every report).
 */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
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

// Every report renders several tables and is tidied whole, and the audit renders every
// report: these two are written as plain loops.

/**
 * A Markdown table of `rowCount` rows whose cells `cell(row, column)` gives (strings already
 * escaped); null cells show as a dash. A column whose cells are all numbers (or empty) is
 * right-aligned. Lines are built cell by cell, with no array per row.
 */
export function markdownTable(headers: readonly string[], rowCount: number, cell: (row: number, column: number) => unknown): string {
  const align = headers.map((_, column) => {
    let numeric = rowCount > 0;
    for (let row = 0; numeric && row < rowCount; row++) {
      const value = cell(row, column);
      numeric = typeof value === 'number' || value === null;
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

// A blank line holding spaces, a space at a line's end, or two blank lines in a row.
const UNTIDY = /[^\S\n]\n|\n\n\n/;
const SPACE = /\s/;

/**
 * Whether tidying would leave a text as it is: it starts with text, ends with one newline,
 * and holds nothing UNTIDY. Documents mostly come out of the templates this way, and the
 * audit renders every one: a test that builds nothing spares it a copy of each.
 */
function isTidy(text: string): boolean {
  return text.endsWith('\n') && !text.endsWith('\n\n') && !SPACE.test(text.charAt(0)) && !UNTIDY.test(text);
}

/**
 * Tidies rendered Markdown: no trailing spaces, no more than one blank line in a row, one
 * final newline, nothing blank before the first line. Templates can then use conditionals
 * freely without leaving gaps.
 */
export function tidyMarkdown(text: string): string {
  if (isTidy(text)) return text;
  const lines: string[] = [];
  // Line breaks since the last line with text in it.
  let breaks = 0;
  for (let start = 0; start <= text.length;) {
    const found = text.indexOf('\n', start);
    const end = found === -1 ? text.length : found;
    const line = text.slice(start, end).trimEnd();
    if (line === '') breaks++;
    else {
      if (lines.length === 0) lines.push(line.trimStart());
      else {
        if (breaks > 1) lines.push('');
        lines.push(line);
      }
      breaks = 1;
    }
    start = end + 1;
  }
  lines.push('');
  return lines.length === 1 ? '\n' : lines.join('\n');
}
