import { formatTable, type ListFormat } from './table.js';

/** A column of a list: its header and each row's cell. */
export interface Column<R> {
  header: string;
  cell(row: R): string | number | undefined;
}

/**
 * Rows printed as a list: an aligned table for people, or a JSON array for scripts (each
 * row as `json` makes it: stable keys in the records' own terms, every field present, null
 * where nothing is recorded). A table with no rows says so in words instead (`none` is
 * the sentence, like "No members recorded in lab lahore.").
 */
export interface ListSpec<R> {
  columns: readonly Column<R>[];
  json(row: R): object;
  none: string;
}

export function formatList<R>(rows: readonly R[], spec: ListSpec<R>, format: ListFormat): string {
  if (format === 'json') return `${JSON.stringify(rows.map(spec.json), null, 2)}\n`;
  if (rows.length === 0) return `${spec.none}\n`;
  return formatTable(
    spec.columns.map((column) => column.header),
    rows.map((row) => spec.columns.map((column) => column.cell(row))),
  );
}
