import type { Document, LineCounter } from 'yaml';
import { YAML_OPTIONS } from './parse-yaml.js';
import type { Anchor, Place, RecordPath } from '../schema/types.js';
import { yamlLibrary } from './yaml-library.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Finds the line and column (1-based) of places in a record's YAML text, parsing it once.
 * A place is a line and column already, a character offset, or a path in the record: for
 * `anchor: 'key'` the key of the last path segment (an unknown field); for `'value'` its
 * value (a bad value, a broken reference); for `'parent'` the path names the mapping that
 * lacks a field, and its key is used when it has one. When the text does not reach as far
 * as a path, the deepest node found is used. Places with none of these are the whole file
 * (null). Every finding goes through here.
 */
export function locatePlaces(text: string, places: readonly Place[]): (Position | null)[] {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  if (places.some((place) => place.line === undefined && place.offset === undefined && place.path !== undefined)) {
    try {
      doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
    } catch {
      // Text that cannot be parsed has only its start to point at.
    }
  }
  if (!doc) countLines(lineCounter, text);
  return places.map((place) => {
    if (place.line !== undefined) return { line: place.line, column: place.column ?? 1 };
    if (place.offset !== undefined) return positionOf(lineCounter, place.offset);
    if (place.path !== undefined) return positionOf(lineCounter, doc ? offsetOf(doc, place.path, place.anchor ?? 'value') : 0);
    return null;
  });
}

/** Line and column (1-based) of a place in a record's text given by its path. */
export function locatePath(text: string, path: RecordPath, anchor: Anchor = 'value'): Position {
  return locatePlaces(text, [{ path, anchor }])[0] ?? { line: 1, column: 1 };
}

/** Line and column (1-based) of a character offset in a text. */
export function locateOffset(text: string, offset: number): Position {
  return locatePlaces(text, [{ offset }])[0] ?? { line: 1, column: 1 };
}

function countLines(lineCounter: LineCounter, text: string): void {
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
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
