import stringWidth from 'string-width';
import { printable } from './safe-text.js';
/** Words in field names spelt as people write them. */
const WORDS = { github: 'GitHub', mou: 'MoU', okrs: 'OKRs', kpis: 'KPIs', url: 'URL' };
/** `mou_signed` -> `MoU signed`, in a sentence. */
const words = (key) => key.split('_').map((word) => WORDS[word] ?? word).join(' ');
/** `mou_signed` -> `MoU signed`, as a label. */
const label = (key) => (key === 'id' ? 'ID' : words(key).charAt(0).toUpperCase() + words(key).slice(1));
/**
 * `cil show` for people: what the record is and where, its fields in words (ids of members
 * shown with their names, a list of values on one line, a list of entries one entry a
 * line, entries within entries indented below), then what the audit says about its file.
 */
export function formatShown(shown) {
    const person = (value) => {
        const name = typeof value === 'string' ? shown.names[value] : undefined;
        return name !== undefined && name !== value ? `${name} (${String(value)})` : String(value);
    };
    const entriesOf = (value) => Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null) ? value : undefined;
    const inline = (value) => {
        if (Array.isArray(value))
            return value.map(inline).join(', ');
        if (typeof value !== 'object' || value === null)
            return person(value);
        return Object.entries(value)
            .filter(([, item]) => !entriesOf(item))
            .map(([key, item]) => `${words(key)} ${inline(item)}`)
            .join('; ');
    };
    const entryLines = (entries, depth) => entries.flatMap((entry) => {
        const pad = '  '.repeat(depth);
        const nested = Object.entries(entry).flatMap(([key, item]) => {
            const inner = entriesOf(item);
            return inner ? [`${pad}  ${words(key)}:`, ...entryLines(inner, depth + 2)] : [];
        });
        return [`${pad}- ${inline(entry)}`, ...nested];
    });
    const rows = Object.entries(shown.record ?? {}).flatMap(([key, value]) => {
        const entries = entriesOf(value);
        if (!entries)
            return [[label(key), inline(value)]];
        return entryLines(entries, 0).map((line, index) => [index === 0 ? label(key) : '', line]);
    });
    const width = Math.max(0, ...rows.map(([name]) => stringWidth(name)));
    const fields = shown.record
        ? rows.map(([name, text]) => `  ${name}${' '.repeat(width - stringWidth(name))}  ${printable(text)}`.trimEnd()).join('\n')
        : '  (the file could not be read: the audit says why)';
    const title = `${label(shown.kind)} ${shown.id}${shown.kind === 'lab' ? '' : ` of lab ${shown.lab}`} (${shown.file})`;
    const elsewhere = shown.elsewhere === 0
        ? []
        : [
            `${shown.elsewhere === 1 ? 'One more finding is' : `${shown.elsewhere} more findings are`} on the lab's other files: \`cil audit labs/${shown.lab}\` lists ${shown.elsewhere === 1 ? 'it' : 'them'}.`,
        ];
    // Where a finding is: its line and column, after the file's name when it is not the record's own (a report's document).
    const where = (finding) => {
        const at = finding.line === null ? '' : `${finding.line}:${finding.column ?? 1}`;
        const spot = finding.file === shown.file ? at : [finding.file, at].filter(Boolean).join(':');
        return spot === '' ? '' : `${spot} `;
    };
    const audit = [
        ...(shown.findings.length === 0
            ? ['The audit finds nothing to fix in this file.']
            : ['The audit says:', ...shown.findings.map((finding) => `  ${where(finding)}${finding.severity} ${finding.rule} ${printable(finding.message)}`)]),
        ...elsewhere,
    ].join('\n');
    return `${printable(title)}\n\n${fields}\n\n${audit}\n`;
}
export function formatShownJson(shown) {
    const { names: _names, ...rest } = shown;
    return `${JSON.stringify(rest, null, 2)}\n`;
}
