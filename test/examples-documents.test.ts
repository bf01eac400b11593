import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../src/network/load-network.js';
import { resolveSettings } from '../src/network/settings.js';
import { renderReports } from '../src/reports/render.js';
import { loadTemplates } from '../src/reports/templates.js';
import { markdownlintProblems } from './helpers/markdownlint.js';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const network = loadNetwork(examples);
const rendered = renderReports(network, resolveSettings(network.config), loadTemplates(examples));

describe('the example network rendered', () => {
  it('has a report of every kind', () => {
    const kinds = new Set(rendered.map((report) => report.name.replace(/^.*-/, '')));
    expect(kinds).toEqual(new Set(['monthly', 'quarterly', 'midyear', 'annual', 'discovery', 'closure']));
  });

  // The committed documents are the snapshots: `vitest -u` (or `cil report render`) rewrites them.
  it.each(rendered.map((report) => [report.document, report] as const))('%s', async (path, report) => {
    expect(report.problem).toBeUndefined();
    await expect(report.text).toMatchFileSnapshot(`../examples/${path}`);
  });

  it('as committed passes markdownlint (tables may be wider than a line)', async () => {
    const documents = Object.fromEntries(readdirSync(join(examples, 'labs')).flatMap((lab) =>
      readdirSync(join(examples, 'labs', lab, 'reports'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => [`labs/${lab}/reports/${name}`, readFileSync(join(examples, 'labs', lab, 'reports', name), 'utf8')])));
    expect(Object.keys(documents)).toHaveLength(rendered.length);
    expect(await markdownlintProblems(documents)).toEqual([]);
  });
});
