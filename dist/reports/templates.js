import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELPERS } from './helpers.js';
import { tidyMarkdown } from './markdown.js';
import { wrapMarkdown } from './wrap.js';
/** The built-in templates shipped with the tool. */
export const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
/** A template that cannot be compiled or rendered: names the file, the field and the line. */
export class TemplateError extends Error {
    name = 'TemplateError';
}
/**
 * The report templates of a network: its own `templates/<kind>.md.hbs` and
 * `templates/partials/<name>.md.hbs` where it has them, the built-in ones otherwise.
 * Templates are the repository's trusted code; they run in strict mode (a misspelt field
 * is an error, not a blank) with Handlebars' prototype protections on. Record text reaches
 * them already escaped for Markdown, so they run without Handlebars' HTML escaping.
 * `network` is the network's folder, or its own templates' texts when they are not on disk
 * (a commit's). `precompiled` are the build's precompiled built-in templates, used while
 * their texts match.
 */
export function loadTemplates(network, precompiled = PRECOMPILED) {
    const builtIn = (BUILT_IN ??= readTemplates(BUILT_IN_TEMPLATES, 'built-in templates/'));
    const own = network === undefined ? EMPTY : ownTemplates(network);
    const compile = () => compileTemplates(new Map([...builtIn.kinds, ...own.kinds]), new Map([...builtIn.partials, ...own.partials]), precompiled);
    if (precompiled !== PRECOMPILED)
        return compile();
    // Labs are judged one by one: the same templates are compiled once, not once a lab.
    const signature = JSON.stringify([...own.kinds, ...own.partials]);
    let templates = CACHE.get(signature);
    if (!templates) {
        templates = compile();
        CACHE.set(signature, templates);
    }
    return templates;
}
/** The network's own templates (from its folder, or their texts), as one text: part of what a lab's documents depend on. */
export function templatesSignature(network) {
    const own = ownTemplates(network);
    return JSON.stringify([...own.kinds, ...own.partials]);
}
const ownTemplates = (network) => typeof network === 'string' ? readTemplates(join(network, 'templates'), 'templates/') : templateTexts(network, 'templates/');
/** How every template is compiled: strict, and without HTML escaping (see loadTemplates). */
export const COMPILE_OPTIONS = { strict: true, noEscape: true };
/** A partial's text as it is compiled: a partial on a line of its own replaces that line, newline included. */
export function partialSource(text) {
    return text.endsWith('\n') ? text : `${text}\n`;
}
// `npm run compile` precompiles the built-in templates (scripts/compile-templates.js), so that
// no thread compiles them again, nor loads Handlebars' compiler: about 40 ms a thread. A
// template whose text is no longer the one precompiled (a network's own, or a built-in one
// changed since the build) is compiled here, as it is when running from the sources.
const PRECOMPILED_URL = new URL('./built-in-templates.js', import.meta.url);
const PRECOMPILED = existsSync(fileURLToPath(PRECOMPILED_URL))
    ? (await import(PRECOMPILED_URL.href)).TEMPLATES
    : undefined;
const require = createRequire(import.meta.url);
const EMPTY = { kinds: new Map(), partials: new Map() };
let BUILT_IN;
const CACHE = new Map();
const TEMPLATE = '.md.hbs';
/** The template files of a folder on disk, by path within it (as TemplateFiles). */
export function templateFilesIn(dir) {
    const files = new Map();
    for (const folder of ['', 'partials/']) {
        const path = join(dir, folder);
        if (!existsSync(path))
            continue;
        for (const name of readdirSync(path).filter((file) => file.endsWith(TEMPLATE)))
            files.set(`${folder}${name}`, readFileSync(join(path, name), 'utf8'));
    }
    return files;
}
function readTemplates(dir, label) {
    return templateTexts(templateFilesIn(dir), label);
}
/** Template files as kinds and partials; other files are no templates. */
function templateTexts(files, label) {
    const texts = { kinds: new Map(), partials: new Map() };
    for (const [path, text] of files) {
        if (!path.endsWith(TEMPLATE))
            continue;
        if (!path.includes('/'))
            texts.kinds.set(path.slice(0, -TEMPLATE.length), { label: `${label}${path}`, text });
        else if (/^partials\/[^/]+$/.test(path))
            texts.partials.set(path.slice('partials/'.length, -TEMPLATE.length), text);
    }
    return texts;
}
function compileTemplates(kinds, partials, precompiled) {
    const ready = (entry, text) => entry?.text === text ? { ...entry.spec, compilerOptions: COMPILE_OPTIONS } : undefined;
    const kindSpecs = new Map([...kinds].map(([kind, { text }]) => [kind, ready(precompiled?.kinds[kind], text)]));
    const partialSpecs = new Map([...partials].map(([name, text]) => [name, ready(precompiled?.partials[name], partialSource(text))]));
    // The runtime alone runs precompiled templates; anything to compile needs the whole library.
    const allReady = [...kindSpecs.values(), ...partialSpecs.values()].every((spec) => spec !== undefined);
    const env = require(allReady ? 'handlebars/runtime' : 'handlebars').create();
    withoutLogging(env);
    env.registerHelper(HELPERS);
    const guard = partialGuard();
    for (const [name, text] of partials) {
        const spec = partialSpecs.get(name);
        env.registerPartial(name, guard.wrap(name, spec ? env.template(spec) : env.compile(partialSource(text), COMPILE_OPTIONS)));
    }
    const compiled = new Map();
    const source = (kind) => kinds.get(kind) ?? { label: `built-in templates/${kind}.md.hbs`, text: '' };
    return {
        source: (kind) => source(kind).label,
        render(kind, context) {
            const { label, text } = source(kind);
            try {
                let template = compiled.get(kind);
                if (!template) {
                    const spec = kindSpecs.get(kind);
                    template = spec ? env.template(spec) : env.compile(text, COMPILE_OPTIONS);
                    compiled.set(kind, template);
                }
                guard.reset();
                const rendered = template(context, SAFE_RUNTIME);
                if (rendered.length > DOCUMENT_LIMIT) {
                    throw new Error(`the document would hold ${(rendered.length / 1024 / 1024).toFixed(1)} MiB, over the 1 MiB a report may; check the template's loops`);
                }
                return wrapMarkdown(tidyMarkdown(rendered));
            }
            catch (error) {
                throw new TemplateError(`${label}: ${explainTemplateError(error)}`);
            }
        },
    };
}
/** How templates run: record text never reaches a prototype's properties or methods. */
export const SAFE_RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
/** The most a rendered document may hold: far above any real report, far below what could stall CI. */
const DOCUMENT_LIMIT = 1024 * 1024;
/** How deep partials may include partials, and how many one document may include in all. */
export const PARTIAL_DEPTH = 16;
const PARTIAL_CALLS = 2000;
/**
 * Counts the partials a render includes, so that partials which include each other (or one
 * that includes the next twice, forty deep) stop with a message instead of running forever.
 */
function partialGuard() {
    const trail = [];
    let calls = 0;
    return {
        reset() {
            trail.length = 0;
            calls = 0;
        },
        wrap(name, partial) {
            return (context, options) => {
                if (++calls > PARTIAL_CALLS) {
                    throw new Error(`partials are included more than ${PARTIAL_CALLS} times in one document (\`${name}\` among them); check which partials include which`);
                }
                if (trail.length >= PARTIAL_DEPTH) {
                    throw new Error(`partials include partials more than ${PARTIAL_DEPTH} deep (${[...trail.slice(0, 4), '…', name].join(' > ')}); a partial must not include itself`);
                }
                trail.push(name);
                try {
                    return partial(context, options);
                }
                finally {
                    trail.pop();
                }
            };
        },
    };
}
/**
 * A template's error in words: a field it cannot use named with its line, and `fieldsAt`
 * saying where the fields it can use are listed; any other message on one line.
 */
export function explainTemplateError(error, fieldsAt = 'the fields listed in the README') {
    const message = error instanceof Error ? error.message : String(error);
    const missing = /^"([^"]+)" not defined in .*?(?: - (\d+):(\d+))?$/s.exec(message);
    if (missing) {
        const where = missing[2] ? ` (line ${missing[2]})` : '';
        return `\`${missing[1]}\` is not a field it can use${where}; check the spelling against ${fieldsAt}`;
    }
    return message.replace(/\s+/g, ' ').trim();
}
/**
 * A template never writes to cil's output: Handlebars' `log` helper refuses, and its own
 * warnings are silenced, so no template can inject a line into a CI log or break JSON.
 */
export function withoutLogging(env) {
    env.registerHelper('log', () => {
        throw new Error('`log` is not a helper a template can use: a template cannot write to cil\'s output; remove it');
    });
    env.logger.log = () => undefined;
}
