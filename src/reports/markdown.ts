/**
 * Record text as Markdown that shows exactly what was written: `&` stays `&` and `'` stays
 * `'` (Markdown is not HTML, so no entities), while what would change the document's
 * structure is escaped with a backslash: `|` (a table cell's end), `<` (raw HTML), `\`
 * itself, a line break (it would end a table row or list item), and a leading `#`, `>`,
 * `-`, `+`, `*` or `1.` that would start a heading, quote or list.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
    .replace(/[\\|<]/g, (char) => `\\${char}`)
    .replace(/^(#{1,6}|[-+*])(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Every string in a value escaped for Markdown, everything else as it is. */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map(escapeStrings) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeStrings(item)])) as T;
  }
  return value;
}

/**
 * A Markdown table of rows of cells (strings already escaped); null cells show as a dash. A
 * column whose cells are all numbers (or empty) is right-aligned.
 */
export function markdownTable(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const align = headers.map((_, column) => (rows.length > 0 && rows.every((row) => typeof row[column] === 'number' || row[column] === null) ? '---:' : '---'));
  const line = (cells: readonly unknown[]) => `| ${cells.map((value) => (value === null || value === undefined || value === '' ? '—' : String(value))).join(' | ')} |`;
  return [line(headers), `| ${align.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * Tidies rendered Markdown: no trailing spaces, no more than one blank line in a row, one
 * final newline, nothing blank before the first line. Templates can then use conditionals
 * freely without leaving gaps.
 */
export function tidyMarkdown(text: string): string {
  return `${text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
