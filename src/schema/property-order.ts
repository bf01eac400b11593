import type { RecordKind } from './types.js';
import { fieldsSchema, loadSchemas, SCHEMA_BASE_URL } from './schema-files.js';

type Node = { properties?: Record<string, unknown>; items?: unknown; $ref?: string } | undefined;

/**
 * The fields of a record kind (or of a mapping inside it, at `path`) in the order its schema
 * lists them: the order a person reads them in, and where an edit puts a field it adds.
 */
export function propertyOrder(kind: RecordKind, path: readonly string[] = []): string[] {
  const schemas = loadSchemas();
  const byFile = (file: string) => schemas.find((candidate) => candidate.$id === `${SCHEMA_BASE_URL}${file}`);
  // A shared definition (a KPI, a partner) is followed to where defs.schema.json spells it out.
  const resolve = (node: Node): Node => {
    const [file, pointer] = node?.$ref?.split('#') ?? [];
    if (file === undefined || pointer === undefined) return node;
    const root = byFile(file === '' ? 'defs.schema.json' : file) as unknown;
    return resolve(pointer.split('/').filter(Boolean).reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], root) as Node);
  };
  let node = resolve(fieldsSchema(kind) as Node);
  for (const key of path) {
    const property = resolve(node?.properties?.[key] as Node);
    node = resolve((property?.items as Node) ?? property);
  }
  return Object.keys(node?.properties ?? {});
}
