import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDay } from '../calendar/format.js';
import { CliError } from '../errors.js';
import { explainTemplateError, PARTIAL_DEPTH, SAFE_RUNTIME, withoutLogging } from '../reports/templates.js';
/** The built-in site templates and style sheet shipped with the tool. */
export const BUILT_IN_SITE_TEMPLATES = fileURLToPath(new URL('../../templates/site/', import.meta.url));
/**
 * A network's own site template that cannot be compiled or rendered: names the file. The
 * mistake is the network's to mend, so cil says what and where, as it does for a report
 * template, never that it failed itself.
 */
export class SiteTemplateError extends CliError {
    constructor(where) {
        super(`the site cannot be built: ${where}`);
        this.name = 'SiteTemplateError';
    }
}
/** A built-in site template that fails with no template of the network's around it: cil's own mistake (an internal error). */
class BuiltInTemplateError extends Error {
    name = 'BuiltInTemplateError';
}
const TEMPLATE = '.html.hbs';
/** How the site's templates are compiled, here and by the build. */
export const SITE_COMPILE_OPTIONS = { strict: true };
// `npm run compile` precompiles the built-in site templates (scripts/compile-templates.js), as
// it does the report templates, so that no thread compiles them: each thread making pages
// compiled them again. A template whose text is not the one compiled (a network's own, or a
// built-in one changed since the build) is compiled here, as it is when running from the sources.
const PRECOMPILED_URL = new URL('./built-in-templates.js', import.meta.url);
const PRECOMPILED = existsSync(fileURLToPath(PRECOMPILED_URL))
    ? (await import(PRECOMPILED_URL.href)).TEMPLATES
    : undefined;
/**
 * The site templates of a network: its own `templates/site/<name>.html.hbs`,
 * `templates/site/partials/<name>.html.hbs` and `templates/site/site.css` where it has them
 * (each replacing the built-in file of the same name), the built-in ones otherwise; as the
 * report templates are overridden. Unlike a report's, record text reaches these templates
 * as it is written, and Handlebars escapes it for HTML (`{{ }}`); templates run in strict
 * mode with the prototype protections on.
 */
export function loadSiteTemplates(networkRoot, precompiled = PRECOMPILED) {
    const own = join(networkRoot, 'templates', 'site');
    const files = new Map([...siteFilesIn(BUILT_IN_SITE_TEMPLATES, 'built-in templates/site/', false), ...siteFilesIn(own, 'templates/site/', true)]);
    const ready = (name, text) => {
        const entry = precompiled?.[name];
        return entry?.text === text ? { ...entry.spec, compilerOptions: SITE_COMPILE_OPTIONS } : undefined;
    };
    // The runtime alone runs precompiled templates; anything to compile needs the whole library.
    const allReady = [...files].every(([name, file]) => !name.endsWith(TEMPLATE) || ready(name, file.text) !== undefined);
    const env = createRequire(import.meta.url)(allReady ? 'handlebars/runtime' : 'handlebars').create();
    withoutLogging(env);
    env.registerHelper(SITE_HELPERS);
    const compiled = new Map();
    // The templates running, innermost last: a mistake is put down to the file it is in, and a
    // built-in template's to the network's own template that uses it, when one does.
    const running = [];
    const failed = (file, error) => {
        const detail = explainTemplateError(error, 'the built-in templates');
        if (file.own)
            return new SiteTemplateError(`${file.label}: ${detail}`);
        const user = running.findLast((each) => each.own);
        if (user)
            return new SiteTemplateError(`${user.label}, in the built-in ${file.label.slice('built-in '.length)} it uses: ${detail}`);
        return new BuiltInTemplateError(`${file.label}: ${detail}`);
    };
    const within = (file, work) => {
        running.push(file);
        try {
            return work();
        }
        catch (error) {
            throw error instanceof SiteTemplateError || error instanceof BuiltInTemplateError ? error : failed(file, error);
        }
        finally {
            running.pop();
        }
    };
    const template = (name) => {
        const file = files.get(name);
        if (!file)
            throw new SiteTemplateError(`there is no site template \`${name}\``);
        let delegate = compiled.get(name);
        if (!delegate) {
            const spec = ready(name, file.text);
            delegate = within(file, () => {
                if (spec)
                    return env.template(spec);
                // Parsed now, so that a syntax error names its own file rather than the page it is used in.
                env.parse(file.text);
                return env.compile(file.text, SITE_COMPILE_OPTIONS);
            });
            compiled.set(name, delegate);
        }
        return { delegate, file };
    };
    const run = (name, context, options = SAFE_RUNTIME) => {
        const { delegate, file } = template(name);
        return within(file, () => delegate(context, options));
    };
    for (const name of files.keys()) {
        if (!name.startsWith('partials/') || !name.endsWith(TEMPLATE))
            continue;
        // A mistake inside a partial names the partial, not the page that uses it; but what a page
        // passes to a partial to show (`{{#> box}}...{{/box}}`) is the page's, and names the page.
        env.registerPartial(name.slice('partials/'.length, -TEMPLATE.length), (context, options) => {
            // As in report templates: a partial that includes itself is stopped with a message, not a stack overflow.
            const partials = running.filter((each) => each.label.includes('/partials/'));
            if (partials.length >= PARTIAL_DEPTH) {
                throw new Error(`partials include partials more than ${PARTIAL_DEPTH} deep (${partials.slice(0, 3).map((each) => each.label).join(' > ')} > …); a partial must not include itself`);
            }
            const caller = running.at(-1);
            const block = options?.data?.['partial-block'];
            if (!caller || typeof block !== 'function')
                return run(name, context, options);
            const callersOwn = (...args) => within(caller, () => block(...args));
            return run(name, context, { ...options, data: { ...options?.data, 'partial-block': callersOwn } });
        });
    }
    return {
        css: files.get('site.css')?.text ?? '',
        render(kind, context) {
            const body = run(`${kind}${TEMPLATE}`, context);
            return run(`layout${TEMPLATE}`, { ...context, body });
        },
    };
}
/** The template files and style sheet of a folder, by path within it. */
function siteFilesIn(dir, label, own) {
    const files = new Map();
    for (const folder of ['', 'partials/']) {
        const path = join(dir, folder);
        if (!existsSync(path))
            continue;
        for (const name of readdirSync(path)) {
            if (!(name.endsWith(TEMPLATE) || (folder === '' && name === 'site.css')))
                continue;
            files.set(`${folder}${name}`, { label: `${label}${folder}${name}`, own, text: readFileSync(join(path, name), 'utf8') });
        }
    }
    return files;
}
/**
 * The helpers site templates may use; what they return is escaped like any other value.
 *
 * - `date d`: a calendar date (YYYY-MM-DD) as `5 November 2026`.
 * - `percent share`: `34%`, or `—` when there is no share.
 * - `plural n "meetup"`: `1 meetup`, `3 meetups` (an irregular plural may follow).
 * - `eq a b`: whether two values are equal.
 */
const SITE_HELPERS = {
    date: (value) => formatDay(value),
    percent: (share) => (share === null || share === undefined || !Number.isFinite(Number(share)) ? '—' : `${Math.round(Number(share) * 100)}%`),
    plural: (count, singular, ...rest) => {
        const pluralForm = rest.length > 1 ? String(rest[0]) : `${String(singular)}s`;
        return `${String(count)} ${Number(count) === 1 ? String(singular) : pluralForm}`;
    },
    eq: (a, b) => a === b,
};
