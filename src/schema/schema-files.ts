import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnySchemaObject } from 'ajv';
import type { RecordKind } from './types.js';

/** The folder of JSON Schema files shipped with the tool. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Every schema's `$id` is this followed by its file name. */
export const SCHEMA_BASE_URL
  = 'https://raw.githubusercontent.com/codeforpakistan/cil/main/schemas/';

/** The schema file of each record kind. */
export const SCHEMA_FILES: Readonly<Record<RecordKind, string>> = {
  config: 'cil.schema.json',
  lab: 'lab.schema.json',
  member: 'member.schema.json',
  citizen: 'citizen.schema.json',
  event: 'event.schema.json',
  project: 'project.schema.json',
  report: 'report.schema.json',
  impact: 'impact-report.schema.json',
};

/** Every schema in `schemas/`, parsed. */
export function loadSchemas(): AnySchemaObject[] {
  return readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(`${SCHEMA_DIR}${name}`, 'utf8')) as AnySchemaObject);
}

interface FieldsNode {
  properties?: Record<string, unknown>;
}

const fieldNodes = new Map<RecordKind, FieldsNode | undefined>();

/**
 * The schema whose `properties` are every field a record of `kind` may hold, in their order:
 * the record's schema itself, or, for a report, which is exactly one of its kinds' schemas,
 * its `$defs/fields`, where those take their fields from.
 */
export function fieldsSchema(kind: RecordKind): FieldsNode | undefined {
  if (!fieldNodes.has(kind)) {
    const schema = JSON.parse(readFileSync(`${SCHEMA_DIR}${SCHEMA_FILES[kind]}`, 'utf8')) as AnySchemaObject;
    fieldNodes.set(kind, ((schema.$defs as Record<string, FieldsNode> | undefined)?.fields ?? schema) as FieldsNode);
  }
  return fieldNodes.get(kind);
}

/** The first report kind (`monthly`...) whose schema holds a field, to check the field as a report of that kind has it. */
export function reportKindHolding(field: string): string | undefined {
  const schema = JSON.parse(readFileSync(`${SCHEMA_DIR}${SCHEMA_FILES.report}`, 'utf8')) as AnySchemaObject;
  const kinds = Object.entries((schema.$defs ?? {}) as Record<string, { properties?: Record<string, { const?: unknown }> }>);
  const holding = kinds.find(([name, branch]) => name !== 'fields' && branch.properties?.[field] !== undefined);
  const kind = holding?.[1].properties?.kind?.const;
  return typeof kind === 'string' ? kind : undefined;
}

/**
 * The validators of the report kinds, by name (`report_monthly`) with the address of the kind's
 * schema: a report is exactly one of them, and its errors are those of its own kind's.
 */
export function reportKindSchemas(): Record<string, string> {
  const schema = JSON.parse(readFileSync(`${SCHEMA_DIR}${SCHEMA_FILES.report}`, 'utf8')) as AnySchemaObject;
  const refs = ((schema.oneOf ?? []) as { $ref: string }[]).map(({ $ref }) => $ref);
  return Object.fromEntries(refs.map((ref) => [`report_${ref.split('/').pop() ?? ''}`, `${SCHEMA_BASE_URL}${SCHEMA_FILES.report}${ref}`]));
}
