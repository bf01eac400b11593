import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { HELPERS } from './helpers.js';
import { tidyMarkdown } from './markdown.js';

/** The built-in templates shipped with the tool. */
export const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A template that cannot be compiled or rendered: names the file, the field and the line. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

export interface Templates {
  /** Renders a report kind's template with a context; throws TemplateError. */
  render(kind: string, context: object): string;
  /** The file a kind's template comes from, relative to its folder's parent, for messages. */
  source(kind: string): string;
}

/**
 * The report templates of a network: its own `templates/<kind>.md.hbs` and
 * `templates/partials/<name>.md.hbs` where it has them, the built-in ones otherwise.
 * Templates are the repository's trusted code; they run in strict mode (a misspelt field
 * is an error, not a blank) with Handlebars' prototype protections on. Record text reaches
 * them already escaped for Markdown, so they run without Handlebars' HTML escaping.
 */
export function loadTemplates(networkRoot?: string): Templates {
  const builtIn = (BUILT_IN ??= readTemplates(BUILT_IN_TEMPLATES, 'built-in templates/'));
  const own = networkRoot ? readTemplates(join(networkRoot, 'templates'), 'templates/') : EMPTY;
  // Labs are judged one by one: the same templates are compiled once, not once a lab.
  const signature = JSON.stringify([...own.kinds, ...own.partials]);
  let templates = CACHE.get(signature);
  if (!templates) {
    templates = compileTemplates(new Map([...builtIn.kinds, ...own.kinds]), new Map([...builtIn.partials, ...own.partials]));
    CACHE.set(signature, templates);
  }
  return templates;
}

/** The network's own templates, as one text: part of what a lab's documents depend on. */
export function templatesSignature(networkRoot: string): string {
  const own = readTemplates(join(networkRoot, 'templates'), 'templates/');
  return JSON.stringify([...own.kinds, ...own.partials]);
}

interface TemplateTexts {
  /** Kind to its label (for messages) and text. */
  kinds: Map<string, { label: string; text: string }>;
  partials: Map<string, string>;
}

const EMPTY: TemplateTexts = { kinds: new Map(), partials: new Map() };
let BUILT_IN: TemplateTexts | undefined;
const CACHE = new Map<string, Templates>();

function readTemplates(dir: string, label: string): TemplateTexts {
  const texts: TemplateTexts = { kinds: new Map(), partials: new Map() };
  if (!existsSync(dir)) return texts;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md.hbs'))) {
    texts.kinds.set(name.slice(0, -'.md.hbs'.length), { label: `${label}${name}`, text: readFileSync(join(dir, name), 'utf8') });
  }
  const partials = join(dir, 'partials');
  if (existsSync(partials)) {
    for (const name of readdirSync(partials).filter((file) => file.endsWith('.md.hbs'))) {
      texts.partials.set(name.slice(0, -'.md.hbs'.length), readFileSync(join(partials, name), 'utf8'));
    }
  }
  return texts;
}

function compileTemplates(kinds: TemplateTexts['kinds'], partials: TemplateTexts['partials']): Templates {
  const env = Handlebars.create();
  env.registerHelper(HELPERS);
  // A partial used on a line of its own replaces that line, newline included.
  for (const [name, text] of partials) env.registerPartial(name, text.endsWith('\n') ? text : `${text}\n`);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const source = (kind: string) => kinds.get(kind) ?? { label: `built-in templates/${kind}.md.hbs`, text: '' };
  return {
    source: (kind) => source(kind).label,
    render(kind, context) {
      const { label, text } = source(kind);
      try {
        let template = compiled.get(kind);
        if (!template) {
          template = env.compile(text, { strict: true, noEscape: true });
          compiled.set(kind, template);
        }
        return tidyMarkdown(template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }));
      } catch (error) {
        throw new TemplateError(`${label}: ${explain(error)}`);
      }
    },
  };
}

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /^"([^"]+)" not defined in .*?(?: - (\d+):(\d+))?$/s.exec(message);
  if (missing) {
    const where = missing[2] ? ` (line ${missing[2]})` : '';
    return `\`${missing[1]}\` is not a field it can use${where}; check the spelling against the fields listed in the README`;
  }
  return message.replace(/\s+/g, ' ').trim();
}
