import { readdirSync, readFileSync } from 'node:fs';
import { SCHEMA_DIR } from '../schema/validate.js';
import type { PlannedFile } from '../write/write-files.js';

/** Where a network repo keeps its copy of the schemas, for editors and validators offline. */
export const SCHEMA_COPY_DIR = '.cil/schemas';

/**
 * The network repo's copy of every schema (`.cil/schemas/*.schema.json`). A copy has no
 * `$id`: its relative `$ref`s (`defs.schema.json#/$defs/date`) then resolve against the file
 * itself, to the copy beside it, where with the published `$id` every validator and editor
 * would fetch them from the web. A `$comment` names the address the copy was made from.
 */
export function schemaCopies(): PlannedFile[] {
  return readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()
    .map((name) => {
      const { $schema, $id, ...rest } = JSON.parse(readFileSync(`${SCHEMA_DIR}${name}`, 'utf8')) as Record<string, unknown>;
      const $comment = `A copy of ${String($id)}, kept current by \`cil schemas\`: do not edit it here.`;
      return { path: `${SCHEMA_COPY_DIR}/${name}`, text: `${JSON.stringify({ $schema, $comment, ...rest }, null, 2)}\n` };
    });
}
