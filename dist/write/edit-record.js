import { isMap, isScalar, parseDocument } from 'yaml';
import { CliError } from '../errors.js';
import { YAML_OPTIONS } from '../network/parse-yaml.js';
import { quoteTime } from './record-yaml.js';
/**
 * Edits a record's YAML text in place: comments, key order and the style of untouched
 * values stay as they were. A record that does not parse is not edited.
 */
export function editYaml(path, text, edit) {
    const doc = parseDocument(text, YAML_OPTIONS);
    if (doc.errors.length > 0 || !isMap(doc.contents)) {
        throw new CliError(`${path} cannot be edited until it is valid YAML; \`cil audit ${path}\` shows what to fix`);
    }
    edit(doc.contents, doc);
    return keepUntouchedLines(text, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
}
// Spaces inside flow brackets are a matter of taste that yaml cannot keep per node.
const layoutFree = (line) => line.replace(/([[{])\s+/g, '$1').replace(/\s+([\]}])/g, '$1').trimEnd();
/**
 * The edited text, with every line that means what a line of the original meant taken
 * verbatim from the original (matched in order, longest common subsequence), so that a
 * diff of the edit shows only what changed.
 */
export function keepUntouchedLines(before, after) {
    const old = before.split('\n');
    const next = keyLineComments(after.split('\n'), new Set(old.map(layoutFree)));
    const a = old.map(layoutFree);
    const b = next.map(layoutFree);
    // lengths[i][j]: longest common subsequence of a[i..] and b[j..].
    const lengths = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
        }
    }
    const result = [];
    let [i, j] = [0, 0];
    while (j < b.length) {
        if (i < a.length && a[i] === b[j]) {
            result.push(old[i]);
            i++;
            j++;
        }
        else if (i < a.length && lengths[i + 1][j] >= lengths[i][j + 1]) {
            i++;
        }
        else {
            result.push(next[j]);
            j++;
        }
    }
    return result.join('\n');
}
/**
 * yaml writes the comment on a key's line (`partners: # who we work with`) on the line after
 * it when the key holds a list or mapping; such a comment goes back on its key's line where
 * the original had it there.
 */
function keyLineComments(lines, original) {
    const result = [];
    for (let index = 0; index < lines.length; index++) {
        const [line, next] = [lines[index] ?? '', lines[index + 1]];
        const joined = next !== undefined && line.endsWith(':') && next.trim().startsWith('#') ? `${line} ${next.trim()}` : undefined;
        if (joined !== undefined && original.has(layoutFree(joined))) {
            result.push(joined);
            index++;
        }
        else
            result.push(line);
    }
    return result;
}
/**
 * Sets a key of a mapping: in place when it exists, else as a new key right after
 * `after` (or at the end), so that new fields land where a person would put them.
 */
export function setKey(map, doc, key, value, after) {
    const node = doc.createNode(value);
    if (isScalar(node))
        quoteTime(node);
    if (map.has(key)) {
        map.set(key, node);
        return;
    }
    const pair = doc.createPair(key, node);
    const index = after === undefined ? -1 : map.items.findIndex((item) => String(item.key?.value) === after);
    if (index === -1)
        map.items.push(pair);
    else
        map.items.splice(index + 1, 0, pair);
}
