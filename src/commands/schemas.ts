import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNetworkRoot } from '../network/find-root.js';
import { flag } from '../prompt/fields.js';
import { updatedEditorSettings } from '../scaffold/network-files.js';
import { SCHEMA_COPY_DIR, schemaCopies } from '../scaffold/schema-copies.js';
import { writeFiles } from '../write/write-files.js';

const EDITOR_SETTINGS = '.vscode/settings.json';

/** What `cil schemas` takes from its command line. */
export const schemasInputs = {
  arguments: {},
  fields: { check: flag({ question: 'Write nothing; exit 1 when a copy is stale or missing' }) },
};

export interface SchemasOptions {
  cwd: string;
  repo?: string;
  /** Write nothing; exit 1 when a copy is stale or missing. */
  check?: boolean;
}

export interface SchemasResult {
  /** The folder of the copies, relative to the network repo. */
  folder: string;
  /** The copies and settings that were (or, with `check`, would be) written, relative to the network repo. */
  changed: string[];
  exitCode: 0 | 1;
}

/**
 * `cil schemas [--check]`: the network repo's copy of this cil's schemas in `.cil/schemas/`,
 * which the editor settings `cil init` writes point at, so that editors and validators check
 * records offline, against the schemas of the cil the network uses; and those settings, in a
 * network whose settings still point at the published addresses (or has none).
 */
export function schemas(options: SchemasOptions): SchemasResult {
  const root = findNetworkRoot(options.cwd, options.repo);
  const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);
  const stale = schemaCopies().filter((file) => read(file.path)?.replace(/\r\n/g, '\n') !== file.text);
  const settings = updatedEditorSettings(read(EDITOR_SETTINGS));
  if (settings !== undefined) stale.push({ path: EDITOR_SETTINGS, text: settings });
  const changed = stale.map((file) => file.path);
  if (options.check) return { folder: SCHEMA_COPY_DIR, changed, exitCode: changed.length > 0 ? 1 : 0 };
  writeFiles(root, stale.map((file) => ({ ...file, replaces: true })));
  return { folder: SCHEMA_COPY_DIR, changed, exitCode: 0 };
}
