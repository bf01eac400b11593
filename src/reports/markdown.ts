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

/** Every string in a value escaped for Markdown, everything else as it is (a copy). */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map(escapeStrings) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const key in value) copy[key] = escapeStrings((value as Record<string, unknown>)[key]);
    return copy as T;
  }
  return value;
}

/** A Markdown table of rows (strings already escaped); null cells show as a dash. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cell = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));
  const align = (header: string, index: number) =>
    rows.length > 0 && rows.every((row) => typeof row[index] === 'number' || row[index] === null) ? '---:' : '---';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(align).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/**
 * Tidies rendered Markdown: no trailing spaces, no more than one blank line in a row, one
 * final newline. Templates can then use conditionals freely without leaving gaps.
 */
export function tidyMarkdown(text: string): string {
  return `${text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
