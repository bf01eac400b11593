import { formatTable } from './table.js';
/**
 * What a list command found, printed: an aligned table for people (a sentence when there
 * are no rows), or a JSON array for scripts.
 */
export function formatList(listed, format) {
    if (format === 'json')
        return `${JSON.stringify(listed.rows.map((row) => listed.json(row)), null, 2)}\n`;
    if (listed.rows.length === 0)
        return `${listed.none}\n`;
    return formatTable(listed.columns.map((column) => column.header), listed.rows.map((row) => listed.columns.map((column) => column.cell(row))));
}
