import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labFiles } from '../../bench/generate.js';
import { LEFT_TO_YAML, parseThoroughly, parseYaml, readWithJsYaml, unusualReason } from '../../src/network/parse-yaml.js';

// parseYaml takes a fast path for plain records; parseThoroughly is the straightforward
// path with `yaml`. Whatever the text, both must give the same data and the same problems.

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return entry.name.endsWith('.yaml') ? [path] : [];
  });
}

/**
 * For each pattern of the gate, texts it sends to `yaml` that js-yaml 4 alone would read
 * otherwise than `yaml` does, or read where `yaml` finds a problem.
 */
const GUARDED: [pattern: string, text: string][] = [
  ['a tab', 'k: [x,\n\ty]\n'],
  ['a carriage return without a line feed', 'a: 1\rb: 2\n'],
  ['a tag, an anchor or an alias', 'key: !\n'],
  ['a directive', '%FOO bar\n---\na: 1\n'],
  ['a document marker', '---a: 1\n'],
  ['a document marker', '--- a: 1\n'],
  ['a complex key', '? [a]\n: 1\n'],
  ['a complex key', '- ? [a]\n'],
  ['a block scalar', 'a: |2\n     \n'],
  ['an empty list item', 'c:\n  -\n- x\n'],
  ['a line of 1024 characters or more', `${'k'.repeat(1100)}: v\n`],
  ['a quote left open at the end of a line', 'a: "x\\\nb: y"\n'],
  ['a quote left open at the end of a line', 'x: {"a":"b\ny: 1"}\n'],
  ['a comment right after a quote or bracket', 'a: "x"# note\n'],
  ['a comment right after a quote or bracket', 'k: [x, y]#\n'],
  ['a flow collection as a key', '- [x]: 1\n'],
  ['a flow collection in a flow mapping', 'k: {a: 1, [x]}\n'],
  ['a flow collection left open at the end of a line', 'k: [x,\ny]\n'],
  ['a flow collection left open at the end of a line', 'k: {a: 1,\nb: 2}\n'],
  ['a list item holding a list on its own line', 'a:\n  - -\n  - {}\n'],
  ['a line that is not a plain key, list item or comment', '|1\na: 1\n'],
];

/**
 * Fragments that, repeated, make a pattern backtrack over lines if it can: over blank lines,
 * spaces, line ends of every kind, quotes, escapes and brackets.
 */
const BACKTRACKING_BAIT = [
  '\n', ' ', ' \n', '\r', '\r\n', '\u2028', '- ', ' -', '"', ' "', ' "\\', "'", " '", " ''", '[', ' [', '{', '] #', ': ', '#',
  ' ?', 'a:', '\\', ' |', '#\r', '#\u2028',
];

/** The shortest of three runs in milliseconds, so that a pause of the machine does not count. */
function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('parseYaml', () => {
  it('reads every example record as the straightforward path does', () => {
    const files = yamlFiles(EXAMPLES);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const parsed = parseYaml(text);
      expect(parsed.problems, file).toEqual([]);
      expect(parsed, file).toEqual(parseThoroughly(text));
    }
  });

  it.each([
    ['a date stays text', 'joined: 2026-11-05\n', { joined: '2026-11-05' }],
    ['yes stays text', 'online: yes\n', { online: 'yes' }],
    ['an octal in the 1.2 way', 'n: 0o17\n', { n: 15 }],
    ['binary stays text, as YAML 1.2 has no binary', 'n: 0b101\n', { n: '0b101' }],
    ['a signed hexadecimal stays text', 'n: -0x1F\n', { n: '-0x1F' }],
    ['a list in a list, then an item of the outer list', 'a:\n  - -\n  - {}\n', { a: [[null], {}] }],
    ['a bare tag', 'key: !\n', { key: '' }],
    ['a list of flow items', 'skills: [data, design]\n', { skills: ['data', 'design'] }],
    ['an empty file', '', null],
    ['only a comment', '# nothing yet\n', null],
    ['Urdu text', 'name: بلال احمد\n', { name: 'بلال احمد' }],
  ])('%s', (_, text, data) => {
    expect(parseYaml(text)).toEqual({ data, problems: [] });
    expect(parseThoroughly(text)).toEqual({ data, problems: [] });
  });

  it.each([
    ['a duplicate key', 'name: A\nname: B\n'],
    ['a tab for indentation', 'skills:\n\t- data\n'],
    ['two documents', 'name: A\n---\nname: B\n'],
    ['an unknown tag', 'name: !secret A\n'],
    ['an alias without anchor', 'name: *who\n'],
    ['an unterminated quote', 'name: "Bilal\n'],
    ['a quote left open over a less indented line', 'skills:\n  - "data\nname: A\n'],
    ['a bad indentation', 'name: A\n  id: a\n'],
  ])('leaves %s to the straightforward path, with its problem', (_, text) => {
    const parsed = parseYaml(text);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed).toEqual(parseThoroughly(text));
  });

  it.each(GUARDED)('leaves %s to the straightforward path (case %#)', (pattern, text) => {
    expect(unusualReason(text)).toBe(pattern);
    const thorough = parseThoroughly(text);
    expect(parseYaml(text)).toEqual(thorough);
    const misread = readWithJsYaml(text);
    expect(misread).toBeDefined();
    expect({ data: misread, problems: [] }).not.toEqual(thorough);
  });

  it('has a case for every pattern of the gate', () => {
    expect(new Set(GUARDED.map(([pattern]) => pattern))).toEqual(new Set(LEFT_TO_YAML.map(({ name }) => name)));
  });

  it('takes the fast path for every record of the examples and of a generated network', () => {
    const examples = yamlFiles(EXAMPLES).map((file) => [file, readFileSync(file, 'utf8')] as const);
    const generated = [1, 2, 3, 4, 5].flatMap((lab) => Object.entries(labFiles(lab)));
    expect(generated.length).toBeGreaterThan(900);
    for (const [file, text] of [...examples, ...generated]) {
      expect(unusualReason(text), file).toBeUndefined();
      expect(readWithJsYaml(text), file).toBeDefined();
    }
  });

  it('looks for each pattern in time linear in the text', () => {
    // 32 KiB takes well under a millisecond; a pattern that backtracks over lines takes seconds.
    for (const fragment of BACKTRACKING_BAIT) {
      const text = fragment.repeat(Math.ceil(32768 / fragment.length));
      for (const { name, pattern } of LEFT_TO_YAML)
        expect(fastest(() => pattern.test(text)), `${name}, on ${JSON.stringify(fragment)} repeated`).toBeLessThan(100);
    }
  });
});
