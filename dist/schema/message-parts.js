import { closestMatch } from '../text/closest.js';
// The small pieces schema messages are made of: how a field, a value and a type are named.
/** `roles` item 2: how a path is named in a message (list items counted from 1). */
export function label(path) {
    if (path.length === 0)
        return 'the record';
    const last = path[path.length - 1];
    if (typeof last === 'number') {
        const owner = path[path.length - 2];
        return `\`${String(owner)}\` item ${last + 1}`;
    }
    const owner = path[path.length - 2];
    if (typeof owner === 'number')
        return `\`${String(last)}\` of \`${String(path[path.length - 3])}\` item ${owner + 1}`;
    return `\`${String(last)}\``;
}
export function toPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}
export function suggest(word, candidates) {
    const successors = licenceSuccessors(word, candidates);
    if (successors.length > 0)
        return ` (did you mean ${successors.map((id) => `\`${id}\``).join(' or ')}?)`;
    const match = closestMatch(word, candidates);
    return match !== undefined && match !== word ? ` (did you mean \`${match}\`?)` : '';
}
export function expectedType(type) {
    const names = {
        string: 'text',
        number: 'a number',
        integer: 'a whole number',
        boolean: 'true or false',
        array: 'a list',
        object: 'a mapping of fields',
    };
    return type
        .split(',')
        .map((t) => names[t] ?? t)
        .join(' or ');
}
export function describeValue(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the text ${quoted(clip(value))}`;
    return `\`${String(value)}\``;
}
/**
 * A record's value quoted as code in a message, as CommonMark writes code: a value holding
 * backticks gets a longer fence (``a`b``), so that the Markdown formats show it whole.
 */
export function quoted(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^`|`$|^ .*[^ ].* $/s.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
export function clip(text) {
    const oneLine = text.replace(/\s+/g, ' ');
    return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
/**
 * The current SPDX ids that replaced a deprecated one: `GPL-3.0` became `GPL-3.0-only` and
 * `GPL-3.0-or-later`, `GPL-3.0+` the latter alone (SPDX list 3.0 split each GNU licence
 * this way). Empty for any other word.
 */
export function licenceSuccessors(word, candidates) {
    const base = word.replace(/\+$/, '').toLowerCase();
    const forms = word.endsWith('+') ? ['-or-later'] : ['-only', '-or-later'];
    return forms.flatMap((form) => candidates.find((id) => id.toLowerCase() === `${base}${form}`) ?? []);
}
