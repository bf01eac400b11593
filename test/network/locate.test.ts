import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labFiles } from '../../bench/generate.js';
import { locateOffset, locatePath } from '../../src/network/locate.js';
import { isPlain } from '../../src/network/parse-yaml.js';
import { plainTree } from '../../src/network/plain-yaml-tree.js';
import type { Anchor, RecordPath } from '../../src/schema/types.js';
import { bothWays } from '../helpers/located.js';

const event = [
  'title: Open Data Meetup', // 1
  'kind: meetup', // 2
  'attendance:', // 3
  '  present:', // 4
  '    - ayesha-khan', // 5
  '    - bilal-ahmed', // 6
  '  excused: [sara-malik, zara]', // 7
  'audience: { citizens: 14, women: 8 }', // 8
  'roles:', // 9
  '  - role: organizer', // 10
  '    since: 2026-01-01', // 11
  'empty:', // 12
  '',
].join('\n');

const cases: [string, RecordPath, Anchor, number, number][] = [
  ['a value', ['kind'], 'value', 2, 7],
  ['a key', ['kind'], 'key', 2, 1],
  ['an item of a block list', ['attendance', 'present', 1], 'value', 6, 7],
  ['an item of a flow list', ['attendance', 'excused', 1], 'value', 7, 25],
  ['a value in a flow mapping', ['audience', 'women'], 'value', 8, 34],
  ['a key in a flow mapping', ['audience', 'women'], 'key', 8, 27],
  ['a mapping by its key, for a missing field', ['audience'], 'parent', 8, 1],
  ['a list item mapping, for a missing field', ['roles', 0], 'parent', 10, 5],
  ['the root, for a missing field', [], 'parent', 1, 1],
  ['where the value of a key without one goes', ['empty'], 'value', 12, 7],
  ['the deepest node when the path goes further', ['attendance', 'present', 9], 'value', 5, 5],
  ['the deepest node when a key is absent', ['attendance', 'late'], 'key', 3, 1],
];

describe('locatePath', () => {
  it.each(cases)('finds %s', (_name, path, anchor, line, column) => {
    expect(locatePath(event, path, anchor)).toEqual({ line, column });
  });

  it('counts lines the same with CRLF line ends', () => {
    expect(locatePath(event.replace(/\n/g, '\r\n'), ['attendance', 'present', 1], 'value')).toEqual(
      { line: 6, column: 7 },
    );
  });

  it('follows an alias to its anchor', () => {
    expect(
      locatePath('base: &b { kind: meetup }\nother: *b\n', ['other', 'kind'], 'value'),
    ).toEqual({ line: 1, column: 18 });
  });

  it('counts columns in characters for Urdu text', () => {
    expect(locatePath('name: زینب بی بی\nstatus: actve\n', ['status'], 'value')).toEqual({
      line: 2,
      column: 9,
    });
    expect(locatePath('takeaways: [زینب, x]\n', ['takeaways', 1], 'value')).toEqual({
      line: 1,
      column: 19,
    });
  });

  it('points at the start of text it cannot parse', () => {
    expect(locatePath('a: [unclosed\n', ['a', 0], 'value')).toEqual({ line: 1, column: 5 });
    expect(locatePath('', ['a'], 'value')).toEqual({ line: 1, column: 1 });
  });
});

describe('locateOffset', () => {
  it.each([
    [0, 1, 1],
    [5, 1, 6],
    [6, 2, 1],
    [8, 2, 3],
  ])('offset %i is line %i column %i', (offset, line, column) => {
    expect(locateOffset('name:\nab: c\n', offset)).toEqual({ line, column });
  });
});

describe('plain records, read line by line', () => {
  const examples = fileURLToPath(new URL('../../examples', import.meta.url));
  const yamlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? yamlFiles(path) : entry.name.endsWith('.yaml') ? [path] : [];
    });
  const texts = [
    ...yamlFiles(examples).map((path) => readFileSync(path, 'utf8')),
    ...[1, 2, 3].flatMap((lab) => Object.entries(labFiles(lab, 'real')).filter(([path]) => path.endsWith('.yaml')).map(([, text]) => text)),
  ];

  it('are every record of the examples and of generated labs', () => {
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) expect(isPlain(text) && plainTree(text) !== undefined, text).toBe(true);
  });

  it('place every key and value where yaml does', () => {
    for (const text of texts) {
      const { plain, thorough } = bothWays(text);
      expect(plain, text).toEqual(thorough);
    }
  });

  it.each([
    ['a null value', 'a:\nb: 1\n'],
    ['a null value before a comment', 'a:   # c\nb: 1\n'],
    ['a sequence at the key\'s column', 'k:\n- x\n- y\nj: 1\n'],
    ['mappings in a sequence', 'k:\n  - a: 1\n    b: [x, "y, z"]\n  - c\n'],
    ['nested flow sequences and an empty flow value', "k: [a, [b, c], 'd''e', []]\nm: {a: 1, b: x, c: , d: {}}\n"],
    ['leading comments and blank lines', '# head\n\n  # more\na: 1  # tail\n'],
    ['spaces before a colon, and CRLF line ends', 'a : 1\r\nb:\r\n  - x\r\n'],
  ])('place keys and values where yaml does: %s', (_name, text) => {
    expect(plainTree(text)).toBeDefined();
    const { plain, thorough } = bothWays(text);
    expect(plain).toEqual(thorough);
  });

  it.each([
    ['a quoted key', '"a b": 1\n'],
    ['a document that is a scalar', 'hello\n'],
    ['a flow mapping with a key it does not know', '{1: a}\n'],
    ['a key in a flow sequence', 'k: [a: 1]\n'],
  ])('give up on %s, which yaml then places', (_name, text) => {
    expect(plainTree(text)).toBeUndefined();
  });
});
