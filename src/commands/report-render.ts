import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { checkDocuments } from '../reports/render.js';
import { loadTemplates } from '../reports/templates.js';
import { writeFiles } from '../write/write-files.js';

export interface RenderOptions {
  cwd: string;
  repo?: string;
  /** Write nothing; report the documents that are stale or missing. */
  check?: boolean;
  /** Only this lab's reports. */
  lab?: string;
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
  const documents = checkDocuments(network, resolveSettings(network.config), loadTemplates(root)).filter(
    (document) => options.lab === undefined || document.lab === options.lab,
  );
  const broken = documents.find((document) => document.state === 'unrenderable');
  if (broken) throw new CliError(`${broken.record} cannot be rendered: ${broken.problem}`);
  const changed = documents.filter((document) => document.state === 'stale' || document.state === 'missing');
  if (!options.check) {
    writeFiles(
      root,
      changed.map((document) => ({ path: document.document, text: document.text ?? '', replaces: true })),
    );
  }
  return {
    root,
    changed: changed.map((document) => document.document),
    unchanged: documents.length - changed.length,
    exitCode: options.check && changed.length > 0 ? 1 : 0,
  };
}
