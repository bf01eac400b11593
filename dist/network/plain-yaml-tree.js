class GiveUp extends Error {
}
const KEY = /^([A-Za-z_][\w-]*) *:(?: +|$)/;
/** The tree of a plain record's text, or undefined when the text is not one this reader knows. */
export function plainTree(text) {
    const lines = [];
    for (let start = 0; start < text.length;) {
        const end = text.indexOf('\n', start);
        const raw = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
        const content = raw.trimStart();
        if (content !== '' && !content.startsWith('#'))
            lines.push({ start, indent: raw.length - content.length, content });
        start = end === -1 ? text.length : end + 1;
    }
    try {
        const reader = new Reader(text, lines);
        const root = reader.block(0, 0);
        if (reader.next < lines.length)
            throw new GiveUp();
        return root ?? undefined;
    }
    catch (error) {
        if (error instanceof GiveUp)
            return undefined;
        throw error;
    }
}
class Reader {
    text;
    lines;
    next = 0;
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
    }
    /**
     * The block node starting at the next line: a mapping indented at least `min`, or a
     * sequence at least `sequenceMin` (a key's sequence may sit at the key's own column).
     */
    block(min, sequenceMin) {
        const line = this.lines[this.next];
        if (!line)
            return null;
        if (isItem(line.content))
            return line.indent >= sequenceMin ? this.sequence(line.indent) : null;
        if (line.indent < min)
            return null;
        return this.mapping(line.indent, line.start + line.indent, line.content);
    }
    /** A block sequence whose dashes are at `column`. */
    sequence(column) {
        const first = this.lines[this.next];
        const node = { kind: 'seq', start: first.start + column, items: [] };
        for (let line = this.lines[this.next]; line && line.indent === column && isItem(line.content); line = this.lines[this.next]) {
            const rest = line.content.slice(1);
            const gap = rest.length - rest.trimStart().length;
            if (gap === 0)
                throw new GiveUp();
            const itemColumn = column + 1 + gap;
            const itemContent = rest.trimStart();
            if (KEY.test(itemContent)) {
                node.items.push(this.mapping(itemColumn, line.start + itemColumn, itemContent));
            }
            else {
                this.next++;
                node.items.push(this.inline(line.start + itemColumn, itemContent));
            }
        }
        return node;
    }
    /** A block mapping whose keys are at `column`; its first key is `content`, at offset `start`. */
    mapping(column, start, content) {
        const node = { kind: 'map', start, entries: new Map() };
        let keyStart = start;
        let keyContent = content;
        for (;;) {
            const match = KEY.exec(keyContent);
            if (!match)
                throw new GiveUp();
            const key = match[1];
            if (node.entries.has(key))
                throw new GiveUp();
            this.next++;
            const after = keyContent.slice(match[0].length);
            const valueStart = keyStart + match[0].length;
            let value;
            if (after !== '' && !after.startsWith('#'))
                value = this.inline(valueStart, after);
            else
                value = this.block(column + 1, column) ?? { kind: 'scalar', start: valueStart };
            node.entries.set(key, { keyStart, value });
            const line = this.lines[this.next];
            if (!line || line.indent !== column || isItem(line.content))
                break;
            keyStart = line.start + column;
            keyContent = line.content;
        }
        const line = this.lines[this.next];
        if (line && line.indent > column)
            throw new GiveUp();
        return node;
    }
    /** A value within a line: a flow collection, or a scalar. */
    inline(start, content) {
        if (content.startsWith('[') || content.startsWith('{')) {
            const flow = new Flow(this.text, start);
            return flow.collection();
        }
        return { kind: 'scalar', start };
    }
}
const isItem = (content) => content === '-' || content.startsWith('- ');
/** A flow collection within a line: `[a, "b", [c]]`, `{citizens: 14, women: 8}`. */
class Flow {
    text;
    at;
    constructor(text, at) {
        this.text = text;
        this.at = at;
    }
    collection() {
        const open = this.text[this.at];
        const start = this.at;
        this.at++;
        if (open === '[') {
            const items = [];
            this.list(']', () => {
                const item = this.value();
                if (this.peek() === ':')
                    throw new GiveUp();
                items.push(item);
            });
            return { kind: 'seq', start, items };
        }
        const entries = new Map();
        this.list('}', () => {
            const keyStart = this.at;
            const key = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.at, this.at + 1025))?.[0];
            if (key === undefined || entries.has(key))
                throw new GiveUp();
            this.at += key.length;
            this.spaces();
            if (this.text[this.at] !== ':' || !/[ ,}\]]/.test(this.text[this.at + 1] ?? ''))
                throw new GiveUp();
            this.at++;
            this.spaces();
            const value = this.peek() === ',' || this.peek() === '}' ? { kind: 'scalar', start: this.at } : this.value();
            entries.set(key, { keyStart, value });
        });
        return { kind: 'map', start, entries };
    }
    /** Items separated by commas up to `close`. */
    list(close, item) {
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
            if (next === close)
                return;
            if (next !== ',')
                throw new GiveUp();
            this.spaces();
            if (this.peek() === close) {
                this.at++;
                return;
            }
        }
    }
    value() {
        const start = this.at;
        const first = this.text[this.at];
        if (first === '[' || first === '{')
            return this.collection();
        if (first === '"') {
            for (this.at++; this.text[this.at] !== '"'; this.at++) {
                if (this.at >= this.text.length || this.text[this.at] === '\n')
                    throw new GiveUp();
                if (this.text[this.at] === '\\')
                    this.at++;
            }
            this.at++;
        }
        else if (first === "'") {
            for (this.at++; !(this.text[this.at] === "'" && this.text[this.at + 1] !== "'"); this.at++) {
                if (this.at >= this.text.length || this.text[this.at] === '\n')
                    throw new GiveUp();
                if (this.text[this.at] === "'")
                    this.at++;
            }
            this.at++;
        }
        else {
            // A plain scalar in a flow ends at a comma, a closing bracket or `: `.
            while (this.at < this.text.length && !/[,\]}\n]/.test(this.text[this.at]) && !(this.text[this.at] === ':' && /[ ,\]}]/.test(this.text[this.at + 1] ?? ''))) {
                if (this.text[this.at] === '[' || this.text[this.at] === '{' || this.text[this.at] === '#')
                    throw new GiveUp();
                this.at++;
            }
            if (this.at === start)
                throw new GiveUp();
            // A plain scalar's value ends before the spaces that follow it.
            while (this.text[this.at - 1] === ' ')
                this.at--;
        }
        return { kind: 'scalar', start };
    }
    spaces() {
        while (this.text[this.at] === ' ')
            this.at++;
    }
    peek() {
        return this.text[this.at];
    }
}
/**
 * The offset of a place in a plain record's tree, as locate.ts finds it with `yaml`: the key
 * of the last path segment, its value, or (`parent`) the key naming a mapping; the deepest
 * node found when the tree does not reach as far as the path.
 */
export function plainOffset(root, path, anchor) {
    let node = root;
    let key;
    for (const segment of path) {
        if (node?.kind === 'map') {
            const entry = node.entries.get(String(segment));
            if (!entry)
                break;
            key = entry.keyStart;
            node = entry.value;
        }
        else if (node?.kind === 'seq' && typeof segment === 'number' && segment < node.items.length) {
            key = undefined;
            node = node.items[segment];
        }
        else {
            break;
        }
    }
    return (anchor === 'value' ? (node?.start ?? key) : (key ?? node?.start)) ?? 0;
}
