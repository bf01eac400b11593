import { propertyOrder } from '../schema/property-order.js';
import { appendInOrder, mapAt, setInOrder } from '../write/record-keys.js';
/** How two texts are compared when they name an objective or key result: case and spacing aside. */
const loosely = (text) => text.trim().toLowerCase().replace(/\s+/g, ' ');
/** The index a reference names among texts: its number (from 1), or a text equal to it but for case and spacing. */
function indexOf(reference, texts) {
    const trimmed = reference.trim();
    const index = /^\d+$/.test(trimmed) ? Number(trimmed) - 1 : texts.findIndex((text) => loosely(text) === loosely(trimmed));
    return index >= 0 && index < texts.length ? index : undefined;
}
const numbered = (texts) => texts.map((text, index) => `${index + 1}. ${text}`).join('; ');
/**
 * Reads `<objective>/<key result>[=<number>]`. When `adding`, the key result is named by its
 * description, and one the objective does not have is new; otherwise it exists, named by
 * its number or description, and the number is required.
 */
function parseKeyResult(text, okrs, adding) {
    const form = adding ? '<objective>/<description>=<target>' : '<objective>/<key result>=<current>';
    const equals = text.lastIndexOf('=');
    const named = equals === -1 ? text : text.slice(0, equals);
    const number = equals === -1 ? '' : text.slice(equals + 1).trim();
    if (number === '' && !adding)
        return { error: `\`${text}\` gives no current value: write ${form}, like 1/2=3` };
    const value = number === '' ? undefined : Number(number);
    if (value !== undefined && !Number.isFinite(value))
        return { error: `\`${number}\` in \`${text}\` is not a number: write ${form}` };
    const objectives = okrs.map((okr) => okr.objective);
    // An objective's text may hold a slash: the first split whose left side names an objective is taken.
    for (let slash = named.indexOf('/'); slash !== -1; slash = named.indexOf('/', slash + 1)) {
        const objective = indexOf(named.slice(0, slash), objectives);
        if (objective === undefined)
            continue;
        const rest = named.slice(slash + 1).trim();
        if (rest === '')
            return { error: `\`${text}\` names no key result after the objective: write ${form}` };
        const descriptions = (okrs[objective]?.key_results ?? []).map((keyResult) => keyResult.description);
        const same = descriptions.findIndex((description) => loosely(description) === loosely(rest));
        const found = adding ? same : (indexOf(rest, descriptions) ?? -1);
        if (found === -1 && !adding) {
            const known = descriptions.length ? ` (its key results: ${numbered(descriptions)})` : '';
            return { error: `objective ${objective + 1} has no key result \`${rest}\`${known}; add one with --add-key-result` };
        }
        if (found === -1)
            return { objective, description: rest, value };
        return { objective, description: descriptions[found] ?? rest, keyResult: found, value };
    }
    const known = objectives.length ? ` (objectives: ${numbered(objectives)})` : '; the lab has no objectives yet: add one with --add-objective';
    return { error: `\`${text}\` names no objective of the lab before a \`/\`: write ${form}, the objective by its number or text${known}` };
}
/** Key results as the flags write them, `<objective>/<description>=<number>`, for those with that number. */
export function okrTexts(okrs, value) {
    return okrs.flatMap((okr) => (okr.key_results ?? []).flatMap((keyResult) => {
        const number = value(keyResult);
        return number === undefined ? [] : [`${okr.objective}/${keyResult.description}=${number}`];
    }));
}
/**
 * Edits the OKRs, in order: objectives the lab does not have are added; then key results are
 * added (or their targets set); then current values are set. Each step sees what the steps
 * before it added. With `yaml`, the record's mapping is edited too, in the schema's order.
 */
export function editOkrs(okrs, edits, yaml) {
    const working = okrs.map((okr) => ({ ...okr, key_results: okr.key_results?.map((keyResult) => ({ ...keyResult })) }));
    const changes = [];
    for (const objective of edits.objectives ?? []) {
        if (working.some((okr) => loosely(okr.objective) === loosely(objective)))
            continue;
        working.push({ objective });
        if (yaml)
            appendInOrder(yaml.record, yaml.doc, 'okrs', { objective }, propertyOrder('lab'));
        changes.push(`add objective "${objective}"`);
    }
    const steps = [
        ...(edits.keyResults ?? []).map((text) => ({ text, adding: true })),
        ...(edits.currents ?? []).map((text) => ({ text, adding: false })),
    ];
    for (const { text, adding } of steps) {
        const named = parseKeyResult(text, working, adding);
        if ('error' in named)
            return { changes, error: named.error };
        const okr = working[named.objective];
        const objective = yaml && mapAt(yaml.record, 'okrs', named.objective);
        if (!okr)
            continue;
        const keyResults = (okr.key_results ??= []);
        if (named.keyResult === undefined) {
            const { description, value } = named;
            const entry = value === undefined ? { description } : { description, target: value };
            keyResults.push(entry);
            if (objective)
                appendInOrder(objective, yaml.doc, 'key_results', entry, propertyOrder('lab', ['okrs']));
            changes.push(`add key result "${named.description}"`);
            continue;
        }
        const key = adding ? 'target' : 'current';
        const keyResult = keyResults[named.keyResult];
        if (!keyResult || named.value === undefined || keyResult[key] === named.value)
            continue;
        keyResult[key] = named.value;
        const map = objective ? mapAt(objective, 'key_results', named.keyResult) : undefined;
        if (map && yaml)
            setInOrder(map, yaml.doc, key, named.value, propertyOrder('lab', ['okrs', 'key_results']));
        changes.push(adding ? `set the target of key result "${named.description}" to ${named.value}` : `set key result "${named.description}" to ${named.value}`);
    }
    return { changes };
}
