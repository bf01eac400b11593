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
  const env = Handlebars.create();
  env.registerHelper(HELPERS);
  const folders = [{ dir: BUILT_IN_TEMPLATES, label: 'built-in templates/' }];
  if (networkRoot) folders.push({ dir: join(networkRoot, 'templates'), label: 'templates/' });
  for (const { dir } of folders) {
    const partials = join(dir, 'partials');
    if (!existsSync(partials)) continue;
    for (const name of readdirSync(partials).filter((file) => file.endsWith('.md.hbs'))) {
      // A partial used on a line of its own replaces that line, newline included.
      const text = readFileSync(join(partials, name), 'utf8');
      env.registerPartial(name.slice(0, -'.md.hbs'.length), text.endsWith('\n') ? text : `${text}\n`);
    }
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const source = (kind: string) => {
    const own = networkRoot ? join(networkRoot, 'templates', `${kind}.md.hbs`) : undefined;
    return own && existsSync(own)
      ? { path: own, label: `templates/${kind}.md.hbs` }
      : { path: join(BUILT_IN_TEMPLATES, `${kind}.md.hbs`), label: `built-in templates/${kind}.md.hbs` };
  };
  return {
    source: (kind) => source(kind).label,
    render(kind, context) {
      const { path, label } = source(kind);
      try {
        let template = compiled.get(kind);
        if (!template) {
          template = env.compile(readFileSync(path, 'utf8'), { strict: true, noEscape: true });
          compiled.set(kind, template);
        }
        return tidyMarkdown(
          template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }),
        );
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
