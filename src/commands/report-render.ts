import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { flag } from '../prompt/fields.js';
import { rendering } from '../reports/render.js';
import { loadTemplates } from '../reports/templates.js';
import { writeFiles } from '../write/write-files.js';

/** What `cil report render` takes from its command line. */
export const reportRenderInputs = {
  arguments: {},
  fields: { check: flag({ question: 'Write nothing; exit 1 when a committed document is stale or missing' }) },
};

export interface RenderOptions {
  cwd: string;
  repo?: string;
  /** Write nothing; report the documents that are stale or missing. */
  check?: boolean;
}

export interface RenderResult {
  root: string;
  /** Documents written (or, with --check, that would be). */
  changed: string[];
  unchanged: number;
  exitCode: 0 | 1;
}

/** `cil report render [--check]`: every report's document, from its record, the records and the templates. */
export async function reportRender(options: RenderOptions): Promise<RenderResult> {
  const root = findNetworkRoot(options.cwd, options.repo);
  const network = loadNetwork(root);
  const { toWrite, current, unrenderable } = rendering(network, resolveSettings(network.config), loadTemplates(root));
  if (unrenderable) throw new CliError(`${unrenderable.record} cannot be rendered: ${unrenderable.problem}`);
  if (!options.check) writeFiles(root, toWrite.map((document) => ({ path: document.document, text: document.text ?? '', replaces: true })));
  return {
    root,
    changed: toWrite.map((document) => document.document),
    unchanged: current,
    exitCode: options.check && toWrite.length > 0 ? 1 : 0,
  };
}
