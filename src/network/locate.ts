import type { Document, LineCounter } from 'yaml';
import { YAML_OPTIONS } from './parse-yaml.js';
import type { Anchor, RecordPath } from './types.js';
import { yamlLibrary } from './yaml-library.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Finds the line and column (1-based) of a place in a record's YAML text. For `anchor: 'key'`
 * it is the key of the last path segment (an unknown field); for `'value'` its value (a bad
 * value, a broken reference); for `'parent'` the path names the mapping that lacks a field,
 * and its key is used when it has one. When the text does not reach as far as the path, the
 * deepest node found is used. Every finding with a record path goes through here.
 */
export function locatePath(text: string, path: RecordPath, anchor: Anchor = 'value'): Position {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  let offset = 0;
  try {
    const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
    offset = offsetOf(doc, path, anchor);
  } catch {
    // Text that cannot be parsed has only its start to point at.
  }
  return positionOf(lineCounter, offset);
}

/** Line and column (1-based) of a character offset in a text. */
export function locateOffset(text: string, offset: number): Position {
  const lineCounter = new (yamlLibrary().LineCounter)();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    lineCounter.addNewLine(at + 1);
  }
  return positionOf(lineCounter, offset);
}

function positionOf(lineCounter: LineCounter, offset: number): Position {
  if (lineCounter.lineStarts.length === 0) lineCounter.addNewLine(0);
  const { line, col } = lineCounter.linePos(Math.max(0, offset));
  return { line, column: col };
}

type Ranged = { range?: [number, number, number] | null };

function offsetOf(doc: Document, path: RecordPath, anchor: Anchor): number {
  const { isAlias, isMap, isScalar, isSeq } = yamlLibrary();
  const deref = (node: unknown) => (isAlias(node) ? node.resolve(doc) : node);
  let node: unknown = deref(doc.contents);
  let key: unknown;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      key = pair.key;
      node = deref(pair.value);
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      key = undefined;
      node = deref(node.items[segment]);
    } else {
      break;
    }
  }
  const target = anchor === 'value' ? (node ?? key) : (key ?? node);
  return (target as Ranged | undefined)?.range?.[0] ?? 0;
}
