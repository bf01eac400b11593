import { isCollection, isMap, isNode, isSeq } from 'yaml';
import { sameValue } from '../prompt/edit-fields.js';
import { setKey } from './edit-record.js';
// Edits of a record's mapping that keep the schema's order of fields: a field an edit adds
// lands after the last field before it that the record has, where a person would write it.
/** The key of a mapping's entry, as text. */
const keyOf = (item) => String(item.key?.value ?? item.key);
/** Sets a field: in place when it exists, else after the field the schema's `order` puts before it. */
export function setInOrder(map, doc, key, value, order) {
    const before = order.slice(0, Math.max(order.indexOf(key), 0)).reverse().find((candidate) => map.has(candidate));
    setKey(map, doc, key, value, before);
}
/** Appends an entry to a list field, making the list (in the schema's order) when there is none. */
export function appendInOrder(map, doc, key, entry, order) {
    const list = map.get(key, true);
    if (isSeq(list))
        list.items.push(doc.createNode(entry));
    else
        setInOrder(map, doc, key, [entry], order);
}
/** The mapping at an index of a list field, for an edit in place. */
export function mapAt(map, key, index) {
    const list = map.get(key, true);
    const item = isSeq(list) ? list.items[index] : undefined;
    return isMap(item) ? item : undefined;
}
/** Removes a field; a mapping left empty by it goes too, when `parent` holds it as `parentKey`. */
export function removeKey(map, key, parent) {
    map.items = map.items.filter((item) => keyOf(item) !== key);
    if (parent && map.items.length === 0)
        parent.map.delete(parent.key);
}
/**
 * Sets a field as `setInOrder` does, keeping how the value it replaces was written: a list
 * written `[a, b]` stays on one line, and the comment after a value stays.
 */
export function replaceInOrder(map, doc, key, value, order) {
    const old = map.get(key, true);
    setInOrder(map, doc, key, value, order);
    const now = map.get(key, true);
    if (!isNode(old) || !isNode(now))
        return;
    now.comment = old.comment;
    if (isCollection(old) && isCollection(now))
        now.flow = old.flow === true;
}
const shown = (value) => (value === undefined ? '(none)' : Array.isArray(value) ? value.join(', ') : String(value));
/**
 * Sets a field to an edit's answer when it differs from what is recorded (keeping how it was
 * written); an empty list removes the field. Says what changed, for a commit message
 * (`weekly hours 4 -> 5`), or nothing when nothing did.
 */
export function setEdited(map, doc, edit) {
    const { key, value, recorded, order, label = key } = edit;
    if (value === undefined || sameValue(value, recorded))
        return undefined;
    if (Array.isArray(value) && value.length === 0) {
        if (recorded === undefined)
            return undefined;
        removeKey(map, key);
        return `${label} ${shown(recorded)} removed`;
    }
    replaceInOrder(map, doc, key, value, order);
    return `${label} ${shown(recorded)} -> ${shown(value)}`;
}
