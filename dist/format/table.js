import stringWidth from 'string-width';
import { printable } from './safe-text.js';
/**
 * Rows as an aligned table for a terminal: a header, then each row, columns padded to the
 * widest cell as the terminal shows it (Urdu letters, combining marks and wide characters
 * measured by their display width, not their length). Control characters in cells are
 * shown, not acted on. A column of numbers is right-aligned.
 */
export function formatTable(headers, rows) {
    const cells = rows.map((row) => headers.map((_, column) => cellText(row[column])));
    const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number' || row[column] == null));
    const widths = headers.map((header, column) => Math.max(stringWidth(header), ...cells.map((row) => stringWidth(row[column] ?? ''))));
    const line = (row) => row
        .map((cell, column) => {
        const gap = ' '.repeat((widths[column] ?? 0) - stringWidth(cell));
        return numeric[column] ? `${gap}${cell}` : column === row.length - 1 ? cell : `${cell}${gap}`;
    })
        .join('  ')
        .trimEnd();
    return `${[line(headers), ...cells.map(line)].join('\n')}\n`;
}
const cellText = (value) => (value === null || value === undefined || value === '' ? '-' : printable(String(value).replace(/\s+/g, ' ')));
