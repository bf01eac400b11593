import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SITE_TEMPLATES, loadSiteTemplates, type PrecompiledSiteTemplates, SITE_COMPILE_OPTIONS } from '../../src/site/templates.js';
import { networkDir } from '../helpers/network.js';

// The build's output (npm test builds first): what every run of the built cil uses.
const { TEMPLATES } = (await import(fileURLToPath(new URL('../../dist/site/built-in-templates.js', import.meta.url)))) as {
  TEMPLATES: PrecompiledSiteTemplates;
};
const Handlebars = createRequire(import.meta.url)('handlebars') as typeof import('handlebars');
/** A template's code as the build writes it, run. */
const precompiled = (text: string) => new Function(`return ${Handlebars.precompile(text, SITE_COMPILE_OPTIONS)}`)() as TemplateSpecification;

describe('the built-in site templates precompiled by the build', () => {
  it('are every built-in site template, compiled from its text as it is now', () => {
    const files = ['', 'partials/'].flatMap((folder) =>
      readdirSync(join(BUILT_IN_SITE_TEMPLATES, folder))
        .filter((file) => file.endsWith('.html.hbs'))
        .map((file) => [`${folder}${file}`, readFileSync(join(BUILT_IN_SITE_TEMPLATES, folder, file), 'utf8')]));
    expect(files.length).toBeGreaterThan(6);
    expect(Object.fromEntries(Object.entries(TEMPLATES).map(([name, { text }]) => [name, text]))).toEqual(Object.fromEntries(files));
  });

  it("are used only while their texts are the ones compiled; a network's own template is compiled from its text", () => {
    const dir = networkDir({ 'templates/site/home.html.hbs': 'Our home: {{title}}' });
    const layout = TEMPLATES['layout.html.hbs']!.text;
    // Other code under the layout's text: the code is what runs.
    const swapped = { ...TEMPLATES, 'layout.html.hbs': { text: layout, spec: precompiled('Precompiled [{{{body}}}]') } };
    expect(loadSiteTemplates(dir, swapped).render('home', { title: 'Lahore' })).toBe('Precompiled [Our home: Lahore]');
    // Once the text differs, the template is compiled from its text.
    const stale = { ...TEMPLATES, 'layout.html.hbs': { text: `${layout}\n`, spec: precompiled('Precompiled [{{{body}}}]') } };
    expect(() => loadSiteTemplates(dir, stale).render('home', { title: 'Lahore' })).toThrow(/layout\.html\.hbs/);
    // The network's own home page, under the precompiled code of the built-in one's name, is still its own.
    const own = { ...TEMPLATES, 'home.html.hbs': { ...TEMPLATES['home.html.hbs']!, spec: precompiled('Built-in home') } };
    expect(loadSiteTemplates(dir, { ...own, ...swapped }).render('home', { title: 'Lahore' })).toBe('Precompiled [Our home: Lahore]');
  });
});
