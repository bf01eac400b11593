import type { RecordKind } from './types.js';
import { loadSchemas, SCHEMA_BASE_URL, SCHEMA_FILES } from './validate.js';

/**
 * The fields of a record kind (or of a mapping inside it, at `path`) in the order its schema
 * lists them: the order a person reads them in, and where an edit puts a field it adds.
 */
export function propertyOrder(kind: RecordKind, path: readonly string[] = []): string[] {
  const schema = loadSchemas().find((candidate) => candidate.$id === `${SCHEMA_BASE_URL}${SCHEMA_FILES[kind]}`);
  let node: unknown = schema;
  for (const key of path) {
    const property = (node as { properties?: Record<string, unknown> } | undefined)?.properties?.[key];
    node = (property as { items?: unknown } | undefined)?.items ?? property;
  }
  return Object.keys((node as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
}
