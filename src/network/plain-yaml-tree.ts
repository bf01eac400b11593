import type { Anchor, RecordPath } from '../schema/types.js';

/**
 * Where the nodes of a plain record are: the records that parse-yaml.ts's gate lets the fast
 * path take (no tabs, tags, anchors or block scalars; every line a `key: value`, a `- item`
 * or a comment; flow collections within a line), read line by line into their start
 * offsets, as `yaml` would place them. Placing a finding on its line then costs a scan of
 * the text, not a parse with `yaml` (about ten times as long, for every file with a finding).
 * Anything this reader does not expect makes it give up, and `yaml` places the finding;
 * test/network/locate.test.ts compares the two on thousands of texts.
 */

/** A node of a plain record: where it starts, and its children. */
export type PlainNode
  = | { kind: 'scalar'; start: number }
    | { kind: 'map'; start: number; entries: Map<string, { keyStart: number; value: PlainNode }> }
    | { kind: 'seq'; start: number; items: PlainNode[] };

interface Line {
  /** Offset of the line's first character. */
  start: number;
  indent: number;
  /** The line without its indentation. */
  content: string;
}

class GiveUp extends Error {}

const KEY = /^([A-Za-z_][\w-]*) *:(?: +|$)/;

/** The tree of a plain record's text, or undefined when the text is not one this reader knows. */
export function plainTree(text: string): PlainNode | undefined {
  const lines: Line[] = [];
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const raw = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
    const content = raw.trimStart();
    if (content !== '' && !content.startsWith('#')) lines.push({ start, indent: raw.length - content.length, content });
    start = end === -1 ? text.length : end + 1;
  }
  try {
    const reader = new Reader(text, lines);
    const root = reader.block(0, 0);
    if (reader.next < lines.length) throw new GiveUp();
    return root ?? undefined;
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

class Reader {
  next = 0;

  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
  ) {}

  /**
   * The block node starting at the next line: a mapping indented at least `min`, or a
   * sequence at least `sequenceMin` (a key's sequence may sit at the key's own column).
   */
  block(min: number, sequenceMin: number): PlainNode | null {
    const line = this.lines[this.next];
    if (!line) return null;
    if (isItem(line.content)) return line.indent >= sequenceMin ? this.sequence(line.indent) : null;
    if (line.indent < min) return null;
    return this.mapping(line.indent, line.start + line.indent, line.content);
  }

  /** A block sequence whose dashes are at `column`. */
  private sequence(column: number): PlainNode {
    const first = this.lines[this.next] as Line;
    const node: PlainNode = { kind: 'seq', start: first.start + column, items: [] };
    for (let line = this.lines[this.next]; line && line.indent === column && isItem(line.content); line = this.lines[this.next]) {
      const rest = line.content.slice(1);
      const gap = rest.length - rest.trimStart().length;
      if (gap === 0) throw new GiveUp();
      const itemColumn = column + 1 + gap;
      const itemContent = rest.trimStart();
      if (KEY.test(itemContent)) {
        node.items.push(this.mapping(itemColumn, line.start + itemColumn, itemContent));
      } else {
        this.next++;
        node.items.push(this.inline(line.start + itemColumn, itemContent));
      }
    }
    return node;
  }

  /** A block mapping whose keys are at `column`; its first key is `content`, at offset `start`. */
  private mapping(column: number, start: number, content: string): PlainNode {
    const node: PlainNode = { kind: 'map', start, entries: new Map() };
    let keyStart = start;
    let keyContent = content;
    for (;;) {
      const match = KEY.exec(keyContent);
      if (!match) throw new GiveUp();
      const key = match[1] as string;
      if (node.entries.has(key)) throw new GiveUp();
      this.next++;
      const after = keyContent.slice(match[0].length);
      const valueStart = keyStart + match[0].length;
      let value: PlainNode;
      if (after !== '' && !after.startsWith('#')) value = this.inline(valueStart, after);
      else value = this.block(column + 1, column) ?? { kind: 'scalar', start: valueStart };
      node.entries.set(key, { keyStart, value });
      const line = this.lines[this.next];
      if (!line || line.indent !== column || isItem(line.content)) break;
      keyStart = line.start + column;
      keyContent = line.content;
    }
    const line = this.lines[this.next];
    if (line && line.indent > column) throw new GiveUp();
    return node;
  }

  /** A value within a line: a flow collection, or a scalar. */
  private inline(start: number, content: string): PlainNode {
    if (content.startsWith('[') || content.startsWith('{')) {
      const flow = new Flow(this.text, start);
      return flow.collection();
    }
    return { kind: 'scalar', start };
  }
}

const isItem = (content: string) => content === '-' || content.startsWith('- ');

/** A flow collection within a line: `[a, "b", [c]]`, `{citizens: 14, women: 8}`. */
class Flow {
  constructor(
    private readonly text: string,
    private at: number,
  ) {}

  collection(): PlainNode {
    const open = this.text[this.at];
    const start = this.at;
    this.at++;
    if (open === '[') {
      const items: PlainNode[] = [];
      this.list(']', () => {
        const item = this.value();
        if (this.peek() === ':') throw new GiveUp();
        items.push(item);
      });
      return { kind: 'seq', start, items };
    }
    const entries = new Map<string, { keyStart: number; value: PlainNode }>();
    this.list('}', () => {
      const keyStart = this.at;
      const key = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.at, this.at + 1025))?.[0];
      if (key === undefined || entries.has(key)) throw new GiveUp();
      this.at += key.length;
      this.spaces();
      if (this.text[this.at] !== ':' || !/[ ,}\]]/.test(this.text[this.at + 1] ?? '')) throw new GiveUp();
      this.at++;
      this.spaces();
      const value = this.peek() === ',' || this.peek() === '}' ? { kind: 'scalar' as const, start: this.at } : this.value();
      entries.set(key, { keyStart, value });
    });
    return { kind: 'map', start, entries };
  }

  /** Items separated by commas up to `close`. */
  private list(close: string, item: () => void): void {
    this.spaces();
    if (this.peek() === close) {
      this.at++;
      return;
    }
    for (;;) {
      this.spaces();
      item();
      this.spaces();
      const next = this.text[this.at];
      this.at++;
      if (next === close) return;
      if (next !== ',') throw new GiveUp();
      this.spaces();
      if (this.peek() === close) {
        this.at++;
        return;
      }
    }
  }

  private value(): PlainNode {
    const start = this.at;
    const first = this.text[this.at];
    if (first === '[' || first === '{') return this.collection();
    if (first === '"') {
      for (this.at++; this.text[this.at] !== '"'; this.at++) {
        if (this.at >= this.text.length || this.text[this.at] === '\n') throw new GiveUp();
        if (this.text[this.at] === '\\') this.at++;
      }
      this.at++;
    } else if (first === "'") {
      for (this.at++; !(this.text[this.at] === "'" && this.text[this.at + 1] !== "'"); this.at++) {
        if (this.at >= this.text.length || this.text[this.at] === '\n') throw new GiveUp();
        if (this.text[this.at] === "'") this.at++;
      }
      this.at++;
    } else {
      // A plain scalar in a flow ends at a comma, a closing bracket or `: `.
      while (this.at < this.text.length && !/[,\]}\n]/.test(this.text[this.at] as string) && !(this.text[this.at] === ':' && /[ ,\]}]/.test(this.text[this.at + 1] ?? ''))) {
        if (this.text[this.at] === '[' || this.text[this.at] === '{' || this.text[this.at] === '#') throw new GiveUp();
        this.at++;
      }
      if (this.at === start) throw new GiveUp();
      // A plain scalar's value ends before the spaces that follow it.
      while (this.text[this.at - 1] === ' ') this.at--;
    }
    return { kind: 'scalar', start };
  }

  private spaces(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private peek(): string | undefined {
    return this.text[this.at];
  }
}

/**
 * The offset of a place in a plain record's tree, as locate.ts finds it with `yaml`: the key
 * of the last path segment, its value, or (`parent`) the key naming a mapping; the deepest
 * node found when the tree does not reach as far as the path.
 */
export function plainOffset(root: PlainNode, path: RecordPath, anchor: Anchor): number {
  let node: PlainNode | undefined = root;
  let key: number | undefined;
  for (const segment of path) {
    if (node?.kind === 'map') {
      const entry = node.entries.get(String(segment));
      if (!entry) break;
      key = entry.keyStart;
      node = entry.value;
    } else if (node?.kind === 'seq' && typeof segment === 'number' && segment < node.items.length) {
      key = undefined;
      node = node.items[segment];
    } else {
      break;
    }
  }
  return (anchor === 'value' ? (node?.start ?? key) : (key ?? node?.start)) ?? 0;
}
