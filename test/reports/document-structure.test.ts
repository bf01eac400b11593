import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it-15';
import { describe, expect, it } from 'vitest';
import { parseDocument, isScalar, visit } from 'yaml';
import { loadNetwork } from '../../src/network/load-network.js';
import { resolveSettings } from '../../src/network/settings.js';
import { renderReports } from '../../src/reports/render.js';
import { loadTemplates } from '../../src/reports/templates.js';
import { markdownlintProblems } from '../helpers/markdownlint.js';
import { testdir } from '../helpers/testdir.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

// Record text that would give a document a structure its template did not: a code fence, a
// heading (indented too), thematic breaks, an indented code block, a link reference
// definition, a quote, lists, HTML, a setext underline, a table row, a line break.
const HOSTILE = [
  '```js',
  '   # A heading of my own',
  '---',
  '***',
  '    indented code',
  '[ref]: https://evil.example/x',
  '> a quote',
  '1. a list',
  '- a list',
  '<!-- the rest is hidden',
  '<div>',
  '===',
  '| a | b |',
  'one line\n\n# and a heading',
  '~~~',
  '+ item',
  '_ _ _',
  '- - -',
  '* * *',
  '1) numbered',
  'ends with a backslash \\',
];

/**
 * A copy of the example network with every free-text value (any string with a space, but
 * for a province's name) replaced: by the hostile texts in turn, or by plain words.
 */
function networkWith(text: (index: number) => string): string {
  const dir = testdir({});
  cpSync(EXAMPLES, dir, { recursive: true });
  let index = 0;
  for (const lab of readdirSync(join(dir, 'labs'))) {
    for (const folder of ['', 'members', 'events', 'projects', 'reports']) {
      const path = join(dir, 'labs', lab, folder);
      for (const name of readdirSync(path).filter((file) => file.endsWith('.yaml'))) {
        const doc = parseDocument(readFileSync(join(path, name), 'utf8'));
        visit(doc, {
          Pair(_key, pair) {
            if (isScalar(pair.key) && pair.key.value === 'province') return visit.SKIP;
            return undefined;
          },
          Scalar(_key, node) {
            if (typeof node.value === 'string' && node.value.includes(' ')) node.value = text(index++);
          },
        });
        writeFileSync(join(path, name), doc.toString());
      }
    }
  }
  return dir;
}

const markdown = new MarkdownIt({ html: true });

/** A document's block structure, as a CommonMark (and GFM tables) parser reads it. */
function structure(text: string): string[] {
  return markdown
    .parse(text, {})
    .filter((token) => token.block)
    .map((token) => `${token.type}${token.tag ? `:${token.tag}` : ''}`);
}

const documents = (dir: string) => {
  const network = loadNetwork(dir);
  return new Map(renderReports(network, resolveSettings(network.config), loadTemplates(dir)).map((report) => [report.document, report.text ?? '']));
};

describe('a report document has the structure its template gave it, whatever its records say', () => {
  const hostile = documents(networkWith((index) => HOSTILE[index % HOSTILE.length] as string));
  const plain = documents(networkWith((index) => `plain words ${index}`));

  it('renders every report', () => {
    expect(hostile.size).toBeGreaterThan(30);
    expect([...hostile.keys()].sort()).toEqual([...plain.keys()].sort());
    // The hostile text did reach the documents.
    expect([...hostile.values()].join('\n')).toContain('A heading of my own');
  });

  it('passes markdownlint, as plain documents do', async () => {
    expect(await markdownlintProblems(Object.fromEntries(hostile))).toEqual([]);
    expect(await markdownlintProblems(Object.fromEntries(plain))).toEqual([]);
  });

  it.each([...plain.keys()])('%s', (document) => {
    const text = hostile.get(document) ?? '';
    expect(structure(text)).toEqual(structure(plain.get(document) ?? ''));
    const inline = markdown.parse(text, {}).flatMap((token) => token.children ?? []);
    expect(inline.filter((token) => token.type === 'html_inline')).toEqual([]);
  });
});
