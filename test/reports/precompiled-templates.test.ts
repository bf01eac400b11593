import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/network/load-network.js';
import { resolveSettings } from '../../src/network/settings.js';
import { renderReport, renderReports } from '../../src/reports/render.js';
import { BUILT_IN_TEMPLATES, loadTemplates, partialSource, type PrecompiledTemplates } from '../../src/reports/templates.js';
import { networkDir } from '../helpers/network.js';

// The build's output (npm test builds first): what every run of the built cil uses.
const { TEMPLATES } = (await import(fileURLToPath(new URL('../../dist/reports/built-in-templates.js', import.meta.url)))) as {
  TEMPLATES: PrecompiledTemplates;
};

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const monthly = 'labs/lahore/reports/2026-10-monthly.yaml';

function texts(dir: string, source: (text: string) => string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.md.hbs'))
      .map((file) => [file.slice(0, -'.md.hbs'.length), source(readFileSync(join(dir, file), 'utf8'))]),
  );
}

const textsOf = (entries: PrecompiledTemplates['kinds']) => Object.fromEntries(Object.entries(entries).map(([name, { text }]) => [name, text]));

function renderMonthly(dir: string, precompiled: PrecompiledTemplates | undefined) {
  const network = loadNetwork(dir);
  return renderReport(network.labs.get('lahore')!, '2026-10-monthly', resolveSettings(network.config), loadTemplates(dir, precompiled));
}

describe('the built-in templates precompiled by the build', () => {
  it('are every built-in template, compiled from its text as it is now', () => {
    expect(textsOf(TEMPLATES.kinds)).toEqual(texts(BUILT_IN_TEMPLATES, (text) => text));
    expect(textsOf(TEMPLATES.partials)).toEqual(texts(join(BUILT_IN_TEMPLATES, 'partials'), partialSource));
  });

  it('render every example report as the templates compiled from their texts do', () => {
    const network = loadNetwork(examples);
    const settings = resolveSettings(network.config);
    const precompiled = renderReports(network, settings, loadTemplates(examples, TEMPLATES));
    const compiledHere = renderReports(network, settings, loadTemplates(examples, undefined));
    expect(new Set(precompiled.map((report) => report.name.replace(/^.*-/, '')))).toEqual(
      new Set(['monthly', 'quarterly', 'midyear', 'annual', 'discovery', 'closure']),
    );
    expect(precompiled.every((report) => report.text !== undefined)).toBe(true);
    expect(precompiled).toEqual(compiledHere);
  });

  it('are used only while their texts are the ones compiled', () => {
    const dir = networkDir({ [monthly]: 'kind: monthly\nperiod: 2026-10\n' });
    const title = TEMPLATES.partials.title!.spec;
    const monthlyText = TEMPLATES.kinds.monthly!.text;
    // The title partial's code under the monthly template's text: the code is what runs.
    const swapped = { ...TEMPLATES, kinds: { ...TEMPLATES.kinds, monthly: { text: monthlyText, spec: title } } };
    expect(renderMonthly(dir, swapped)?.text).toBe('# Civic Innovation Lab Lahore: Monthly progress update, October 2026\n');
    // Once the text differs, the template is compiled from the text.
    const stale = { ...TEMPLATES, kinds: { ...TEMPLATES.kinds, monthly: { text: `${monthlyText}\n`, spec: title } } };
    expect(renderMonthly(dir, stale)?.text).toBe(renderMonthly(dir, undefined)?.text);
    expect(renderMonthly(dir, stale)?.text).toContain('## At a glance');
  });

  it("run a network's own partial strictly and without HTML escaping", () => {
    const partial = (text: string) => networkDir({ [monthly]: 'kind: monthly\nperiod: 2026-10\nsuccesses: [A & B]\n', 'templates/partials/footer.md.hbs': text });
    const rendered = renderMonthly(partial('Thanks: {{#each narrative.successes}}{{this}}{{/each}}'), TEMPLATES);
    expect(rendered?.text?.trimEnd().endsWith('Thanks: A & B')).toBe(true);
    expect(renderMonthly(partial('{{report.nosuch}}'), TEMPLATES)?.problem).toContain('`nosuch` is not a field it can use');
  });
});
