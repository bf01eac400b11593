import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { explainSchemaErrors } from './explain.js';
import { FORMATS, isKnownTimezone } from './formats.js';
import { fieldsSchema, loadSchemas, reportKindHolding, reportKindSchemas, SCHEMA_BASE_URL, SCHEMA_FILES } from './schema-files.js';
import type { Problem, RecordKind, RecordPath } from './types.js';

export { loadSchemas, reportKindSchemas, SCHEMA_BASE_URL, SCHEMA_DIR, SCHEMA_FILES } from './schema-files.js';

/** How the schemas are compiled: every error, with its schema and data, and no unknown keywords. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true } as const;

// `npm run compile` compiles the schemas into ajv's standalone code (dist/schema/validators.js,
// by scripts/compile-validators.js), so that no run pays for compiling them: over a hundred
// milliseconds in every thread. Run from the sources, they are compiled here, on first use.
const STANDALONE = new URL('./validators.js', import.meta.url);
const standalone = existsSync(fileURLToPath(STANDALONE))
  ? ((await import(STANDALONE.href)) as Partial<Record<RecordKind, ValidateFunction>>)
  : undefined;

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction | undefined>();

/** The compiled validator of a record kind: the build's, or compiled once, on first use. */
export function validatorFor(kind: RecordKind): ValidateFunction {
  return standalone?.[kind] ?? compileValidator(kind);
}

function compiler(): Ajv2020 {
  if (!ajv) {
    // Loaded only here: with the build's validators, ajv's compiler is never needed.
    const { Ajv2020: Compiler } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    ajv = new Compiler({ ...AJV_OPTIONS, formats: FORMATS });
    ajv.addSchema(loadSchemas());
  }
  return ajv;
}

/** A record kind's validator compiled from the schemas now (the build's validators are made the same way). */
export function compileValidator(kind: RecordKind): ValidateFunction {
  let validate = validators.get(kind);
  if (validate) return validate;
  const id = `${SCHEMA_BASE_URL}${SCHEMA_FILES[kind]}`;
  validate = compiler().getSchema(id);
  if (!validate) throw new Error(`no schema with $id ${id}`);
  validators.set(kind, validate);
  return validate;
}

/** The validator of one kind of report (`monthly`), or undefined when there is no such kind. */
export function reportKindValidator(reportKind: string): ValidateFunction | undefined {
  const name = `report_${reportKind}`;
  if (standalone) return (standalone as Partial<Record<string, ValidateFunction>>)[name];
  if (!validators.has(name)) {
    const ref = reportKindSchemas()[name];
    validators.set(name, ref === undefined ? undefined : compiler().getSchema(ref));
  }
  return validators.get(name);
}

/** Checks a parsed record against its kind's schema; each problem names its place and fix. */
export function validateRecord(kind: RecordKind, data: unknown): Problem[] {
  const validate = validatorFor(kind);
  const problems = validate(data) ? [] : explainSchemaErrors(kind, errorsOf(kind, validate.errors ?? [], data), data);
  // The schema lists the time zones of the Node.js that wrote it; this one must know the name too.
  if (kind === 'config' && !problems.some((problem) => problem.path?.[0] === 'timezone')) problems.push(...checkTimezone(data));
  return problems;
}

/**
 * A report is exactly one of its kinds' schemas (`oneOf`), and a failed `oneOf` brings the
 * errors of every kind. The ones that explain it are those of its own kind's schema, or,
 * when its `kind` is missing or none of them, those of `kind` itself.
 */
function errorsOf(kind: RecordKind, errors: ErrorObject[], data: unknown): ErrorObject[] {
  if (kind !== 'report') return errors;
  const reportKind = (data as { kind?: unknown } | null)?.kind;
  const own = typeof reportKind === 'string' ? reportKindValidator(reportKind) : undefined;
  if (own) return own(data) ? [] : [...(own.errors ?? [])];
  return errors.filter((error) =>
    error.instancePath === '/kind'
      ? error.keyword !== 'const'
      : error.instancePath === '' && (error.keyword === 'type' || (error.keyword === 'required' && error.params.missingProperty === 'kind')));
}

function checkTimezone(data: unknown): Problem[] {
  const timezone = (data as { timezone?: unknown } | null)?.timezone;
  if (typeof timezone !== 'string' || isKnownTimezone(timezone)) return [];
  return [
    {
      path: ['timezone'],
      anchor: 'value',
      message: `\`${timezone}\` is not a known time zone; use an IANA name like Asia/Karachi`,
    },
  ];
}

/**
 * Checks one value as the audit would at `path` of a record of `kind` (a prompt's answer,
 * a flag), and returns the first problem's message, or undefined when it is fine.
 */
export function checkValue(kind: RecordKind, path: RecordPath, value: unknown): string | undefined {
  const record: Record<string | number, unknown> = {};
  // A report is checked by its kind's schema: a field alone is checked as a kind that holds it has it.
  if (kind === 'report' && path[0] !== 'kind') record.kind = reportKindHolding(String(path[0]));
  let node: Record<string | number, unknown> = record;
  path.forEach((segment, index) => {
    const next = path[index + 1];
    if (next === undefined) node[segment] = value;
    else node = node[segment] = (typeof next === 'number' ? [] : {}) as Record<string | number, unknown>;
  });
  const inside = (problem: Problem) =>
    problem.path !== undefined && path.every((segment, index) => problem.path?.[index] === segment);
  return validateRecord(kind, record).find(inside)?.message;
}

/** The values a shared definition allows (`role`, `eventKind`...), from defs.schema.json. */
export function allowedValues(definition: string): string[] {
  const defs = loadSchemas().find((schema) => schema.$id === `${SCHEMA_BASE_URL}defs.schema.json`);
  const values = (defs?.$defs as Record<string, { enum?: unknown[] }> | undefined)?.[definition]?.enum;
  if (!values) throw new Error(`defs.schema.json has no enum ${definition}`);
  return values.map(String);
}

/** The description of a property of a record kind's schema, for comments and questions. */
export function describeProperty(kind: RecordKind, path: readonly string[]): string | undefined {
  let node: unknown = fieldsSchema(kind);
  for (const key of path) node = (node as { properties?: Record<string, unknown> } | undefined)?.properties?.[key];
  const description = (node as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? description : undefined;
}
