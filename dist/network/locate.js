import { isPlain, YAML_OPTIONS } from './parse-yaml.js';
import { plainOffset, plainTree } from './plain-yaml-tree.js';
import { yamlLibrary } from './yaml-library.js';
/**
 * Finds the line and column (1-based) of places in a record's YAML text, reading it once.
 * A place is a line and column already, a character offset, or a path in the record: for
 * `anchor: 'key'` the key of the last path segment (an unknown field); for `'value'` its
 * value (a bad value, a broken reference); for `'parent'` the path names the mapping that
 * lacks a field, and its key is used when it has one. When the text does not reach as far
 * as a path, the deepest node found is used. Places with none of these are the whole file
 * (null). Every finding goes through here. A plain record (plain-yaml-tree.ts) is read line
 * by line; any other is parsed with `yaml`, which places nodes the same way, as it does every
 * record on the straightforward path (`thorough`).
 */
export function locatePlaces(text, places, options = {}) {
    const lines = lineStarts(text);
    let offsetOf;
    const pathOffset = (path, anchor) => {
        offsetOf ??= reader(text, options.thorough === true);
        return offsetOf(path, anchor);
    };
    return places.map((place) => {
        if (place.line !== undefined)
            return { line: place.line, column: place.column ?? 1 };
        if (place.offset !== undefined)
            return positionOf(lines, place.offset);
        if (place.path !== undefined)
            return positionOf(lines, pathOffset(place.path, place.anchor ?? 'value'));
        return null;
    });
}
/** Line and column (1-based) of a place in a record's text given by its path. */
export function locatePath(text, path, anchor = 'value') {
    return locatePlaces(text, [{ path, anchor }])[0] ?? { line: 1, column: 1 };
}
/** Line and column (1-based) of a character offset in a text. */
export function locateOffset(text, offset) {
    return locatePlaces(text, [{ offset }])[0] ?? { line: 1, column: 1 };
}
/** How paths of a text are found: in its plain tree, or else in `yaml`'s document. */
function reader(text, thorough) {
    const tree = !thorough && isPlain(text) ? plainTree(text) : undefined;
    if (tree)
        return (path, anchor) => plainOffset(tree, path, anchor);
    let doc;
    try {
        doc = yamlLibrary().parseDocument(text, YAML_OPTIONS);
    }
    catch {
        // Text that cannot be parsed has only its start to point at.
    }
    return (path, anchor) => (doc ? yamlOffset(doc, path, anchor) : 0);
}
function lineStarts(text) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    return starts;
}
function positionOf(starts, offset) {
    const at = Math.max(0, offset);
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (starts[middle] <= at)
            low = middle;
        else
            high = middle - 1;
    }
    return { line: low + 1, column: at - starts[low] + 1 };
}
function yamlOffset(doc, path, anchor) {
    const { isAlias, isMap, isScalar, isSeq } = yamlLibrary();
    const deref = (node) => (isAlias(node) ? node.resolve(doc) : node);
    let node = deref(doc.contents);
    let key;
    for (const segment of path) {
        if (isMap(node)) {
            const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                break;
            key = pair.key;
            node = deref(pair.value);
        }
        else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
            key = undefined;
            node = deref(node.items[segment]);
        }
        else {
            break;
        }
    }
    const target = anchor === 'value' ? (node ?? key) : (key ?? node);
    return target?.range?.[0] ?? 0;
}
