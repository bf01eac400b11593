import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { generateTypes } from '../../scripts/generate-types.js';
import { RULES } from '../../src/audit/rules/index.js';
import {
  loadSchemas,
  SCHEMA_BASE_URL,
  SCHEMA_FILES,
  validateRecord,
  validatorFor,
} from '../../src/schema/validate.js';
import { isKnownTimezone } from '../../src/schema/formats.js';

const schemas = loadSchemas();

function schemaNamed(name: string) {
  const schema = schemas.find((candidate) =>
    String(candidate.$id).endsWith(`/${name}.schema.json`),
  );
  if (!schema) throw new Error(`no schema ${name}`);
  return schema;
}

/**
 * Every subschema with its JSON pointer, for checks that hold everywhere. `if`/`then`
 * branches only narrow properties the enclosing schema declares, describes and closes.
 */
function* walk(node: unknown, pointer = ''): Generator<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* walk(item, `${pointer}/${index}`);
    return;
  }
  const schema = node as Record<string, unknown>;
  yield [pointer, schema];
  for (const [key, value] of Object.entries(schema)) {
    if (['enum', 'const', 'required', 'if', 'then'].includes(key)) continue;
    yield* walk(value, `${pointer}/${key}`);
  }
}

describe('schemas', () => {
  it('are draft 2020-12 with absolute ids under one base', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(Object.keys(SCHEMA_FILES).length);
    for (const schema of schemas) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(String(schema.$id)).toMatch(
        new RegExp(`^${SCHEMA_BASE_URL.replace(/\./g, '\\.')}[a-z-]+\\.schema\\.json$`),
      );
    }
  });

  it('compile in strict mode', () => {
    for (const kind of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
      expect(typeof validatorFor(kind)).toBe('function');
    }
  });

  it('describe every property', () => {
    const undescribed: string[] = [];
    for (const schema of schemas) {
      // A property that only points at another in the same file (a report kind's field) takes its description.
      const local = (property: { $ref?: string }) =>
        property.$ref?.startsWith('#/') && Object.keys(property).length === 1
          ? (property.$ref.slice(2).split('/').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], schema) as object)
          : property;
      for (const [pointer, node] of walk(schema)) {
        for (const [name, property] of Object.entries(
          (node.properties as object | undefined) ?? {},
        )) {
          if (property === false) continue;
          if (typeof (local(property as object) as { description?: unknown }).description !== 'string') {
            undescribed.push(`${String(schema.$id)}#${pointer}/properties/${name}`);
          }
        }
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('reject unknown properties in every object', () => {
    const open: string[] = [];
    for (const schema of schemas) {
      for (const [pointer, node] of walk(schema)) {
        // A report is exactly one of its kinds' schemas, each of them closed.
        const oneOfClosed = Array.isArray(node.oneOf);
        if (node.properties !== undefined && node.additionalProperties !== false && !oneOfClosed) {
          open.push(`${String(schema.$id)}#${pointer}`);
        }
      }
    }
    expect(open).toEqual([]);
  });

  it('name only rule ids the audit knows in cil.yaml rules, and every one it has', () => {
    const config = schemaNamed('cil');
    const rules = (config.properties as Record<string, { propertyNames: { enum: string[] } }>)
      .rules;
    const names = rules?.propertyNames.enum ?? [];
    // Ids of rules still to come may be named before they exist.
    expect(RULES.map((rule) => rule.id).filter((id) => !names.includes(id))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('list exactly the current SPDX licence ids of spdx-license-ids', () => {
    const require = createRequire(import.meta.url);
    const ids = require('spdx-license-ids') as string[];
    expect([...(schemaNamed('spdx-license').enum as string[])].sort()).toEqual([...ids].sort());
  });

  it('list IANA time zones, each known to this Node.js, so that editors reject what cil rejects', () => {
    const names = schemaNamed('timezone').enum as string[];
    expect(names).toEqual(expect.arrayContaining(['Asia/Karachi', 'Asia/Kolkata', 'UTC', 'Europe/London']));
    expect(names.filter((name) => !isKnownTimezone(name))).toEqual([]);
    expect(validateRecord('config', { network: 'N', timezone: 'Asia/Karchi' })).toEqual([
      { path: ['timezone'], anchor: 'value', message: '`Asia/Karchi` is not a known time zone; use an IANA name like Asia/Karachi (did you mean `Asia/Karachi`?)' },
    ]);
    expect(validateRecord('config', { network: 'N', timezone: 'Asia/Karachi' })).toEqual([]);
  });

  it.each([
    'https://cfp-labs.github.io/network/',
    'https://cfp-labs.github.io/network',
    'https://cfp-labs.github.io/',
    'https://labs.codeforpakistan.org',
  ])("take cil.yaml's site_url as an https address, with or without its final slash: %s", (siteUrl) => {
    expect(validateRecord('config', { network: 'N', site_url: siteUrl })).toEqual([]);
  });

  it.each([
    'http://cfp-labs.github.io/network/',
    'cfp-labs.github.io/network/',
    '/network/',
    'https://cfp-labs.github.io/network/?tab=labs',
    'https://cfp-labs.github.io/network/#labs',
    'https://user:secret@cfp-labs.github.io/',
    'https://cfp-labs.github.io/our network/',
    'https://',
  ])('refuse a site_url that is no https address of a folder: %s', (siteUrl) => {
    const problems = validateRecord('config', { network: 'N', site_url: siteUrl });
    expect(problems).toMatchObject([{ path: ['site_url'], anchor: 'value' }]);
    expect(problems[0]?.message).toMatch(/^`site_url` must be a full web address starting with https:\/\/; found `/);
  });

  it.each([
    [{ kind: 'monthly', period: '2026-10', story: 'x' }, ['`story` does not belong in a monthly report; remove it, or check that `kind` is right']],
    [{ kind: 'discovery', period: '2026-10' }, [
      'the report is missing the required field `project`; add `project: ...`',
      'a discovery report names its `project`, not a `period`; remove `period`',
    ]],
    [{ kind: 'weekly', period: '2026-10' }, ['`kind` must be one of: monthly, quarterly, midyear, annual, discovery, closure; found `weekly`']],
    [{ kind: 'fields' }, ['`kind` must be one of: monthly, quarterly, midyear, annual, discovery, closure; found `fields`']],
    [{ period: '2026-10' }, ['the report is missing the required field `kind`; add `kind: ...`']],
  ])('explain a report by its own kind\'s schema, or by its kind alone when that is wrong: %j', (record, messages) => {
    expect(validateRecord('report', record).map((problem) => problem.message)).toEqual(messages);
  });

  it('agree with the TypeScript types generated from them', async () => {
    const committed = readFileSync(
      new URL('../../src/schema/records.generated.ts', import.meta.url),
      'utf8',
    );
    expect(committed, 'run `npm run types` after changing a schema').toBe(await generateTypes());
  });
});
