import { isCollection, isMap } from 'yaml';
import { CliError } from '../errors.js';
import { sameValue } from '../prompt/edit-fields.js';
import { propertyOrder } from '../schema/property-order.js';
import { removeKey, replaceInOrder, setInOrder } from './record-keys.js';
/**
 * The event's attendance and head counts with the change made. A member added to one list,
 * or put in one list given whole while the other is not, leaves the other (someone marked
 * excused who came after all is present); a member left in both lists by lists both given
 * whole is refused, naming them.
 */
export function mergeAttendance(event, change) {
    const addedPresent = change.addPresent ?? [];
    const addedExcused = change.addExcused ?? [];
    const both = addedPresent.find((id) => addedExcused.includes(id));
    if (both !== undefined)
        throw new CliError(`\`${both}\` is given with both --add-present and --add-excused; a member is either present or excused`);
    const toPresent = [...addedPresent, ...(change.excused === undefined ? (change.present ?? []) : [])];
    const toExcused = [...addedExcused, ...(change.present === undefined ? (change.excused ?? []) : [])];
    const present = applied(change.present ?? event.attendance?.present ?? [], change.removePresent, addedPresent, toExcused);
    const excused = applied(change.excused ?? event.attendance?.excused ?? [], change.removeExcused, addedExcused, toPresent);
    const twice = present.find((id) => excused.includes(id));
    if (twice !== undefined) {
        throw new CliError(`\`${twice}\` would be both present and excused; a member is either: take them out of one list (--remove-present or --remove-excused)`);
    }
    const given = Object.entries(change.audience ?? {}).filter(([, count]) => count !== undefined);
    return { attendance: { present, excused }, audience: { ...event.audience, ...Object.fromEntries(given) } };
}
/** A list, with `removed` taken out, `added` put in (once), and anyone `moved` to the other list taken out. */
function applied(list, removed = [], added, moved) {
    const kept = list.filter((id) => !removed.includes(id) && !moved.includes(id));
    return [...kept, ...added.filter((id) => !kept.includes(id))];
}
/**
 * Writes merged attendance and head counts into an event's YAML: lists and counts that
 * changed are set in the schema's order, keeping how they were written; an empty list is
 * left out, and an `attendance` left empty goes too.
 */
export function writeAttendance(record, doc, event, merged) {
    writeGroup(record, doc, 'attendance', event.attendance ?? {}, merged.attendance);
    writeGroup(record, doc, 'audience', event.audience ?? {}, merged.audience);
}
function writeGroup(record, doc, key, before, after) {
    const wanted = Object.entries(after).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
    const was = before;
    const group = record.get(key, true);
    if (!isMap(group)) {
        if (wanted.length > 0)
            setInOrder(record, doc, key, Object.fromEntries(wanted), propertyOrder('event'));
        return;
    }
    const order = propertyOrder('event', [key]);
    const valueOf = (field) => wanted.find(([name]) => name === field)?.[1];
    // A list added beside one written `[a, b]` is written so too.
    const flow = group.items.some((item) => isCollection(item.value) && item.value.flow === true);
    for (const field of order) {
        const value = valueOf(field);
        if (value === undefined || sameValue(value, was[field]))
            continue;
        const added = !group.has(field);
        replaceInOrder(group, doc, field, value, order);
        const node = group.get(field, true);
        if (added && flow && isCollection(node))
            node.flow = true;
    }
    // Removed after the others are set, so that a group emptied on the way is not dropped with what it gains.
    for (const field of order) {
        if (valueOf(field) === undefined && group.has(field))
            removeKey(group, field, { map: record, key });
    }
}
/** What changed in attendance and head counts, in words for a commit message. */
export function attendanceChanges(event, merged) {
    const lists = ['present', 'excused'].flatMap((key) => {
        const before = event.attendance?.[key] ?? [];
        const after = merged.attendance[key] ?? [];
        const added = after.filter((id) => !before.includes(id)).map((id) => `+${id}`);
        const moves = [...added, ...before.filter((id) => !after.includes(id)).map((id) => `-${id}`)];
        return moves.length === 0 ? [] : [`${key} ${moves.join(' ')}`];
    });
    const counts = ['citizens', 'technologists', 'government', 'women'].flatMap((key) => {
        const [before, after] = [event.audience?.[key], merged.audience[key]];
        return before === after ? [] : [`${key} ${before ?? '(none)'} -> ${after ?? '(none)'}`];
    });
    return [...lists, ...counts];
}
