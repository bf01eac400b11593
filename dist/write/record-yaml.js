import { Document, isScalar, Scalar, visit } from 'yaml';
import { isSlug } from '../text/slug.js';
/**
 * A new record as YAML text, keys in the order given. Lists of ids and small mappings of
 * numbers are written on one line (`leads: [ayesha-khan]`,
 * `audience: {citizens: 14, women: 8}`), everything else in block style, and long text
 * is never folded, so that a diff shows exactly what changed.
 */
export function recordToYaml(record, comment) {
    const doc = new Document(record, { version: '1.2', schema: 'core' });
    visit(doc, {
        Scalar(_key, node) {
            quoteTime(node);
        },
        Seq(_key, node) {
            if (node.items.length > 0 && node.items.every((item) => isScalar(item) && isSlug(item.value)))
                node.flow = true;
        },
        Map(_key, node) {
            if (node !== doc.contents && node.items.length <= 4 && node.items.every((pair) => isScalar(pair.value) && typeof pair.value.value === 'number')) {
                node.flow = true;
            }
        },
    });
    if (comment)
        doc.commentBefore = ` ${comment}`;
    return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
/**
 * A time of day (`18:00`) is written quoted: YAML 1.2 reads it as text either way, but YAML
 * 1.1 readers (PyYAML, many editors' tools) read `18:00` as the number 1080 (base 60).
 */
export function quoteTime(node) {
    if (typeof node.value === 'string' && /^\d{1,2}:\d{2}$/.test(node.value))
        node.type = Scalar.QUOTE_DOUBLE;
}
