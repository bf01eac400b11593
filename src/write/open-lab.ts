import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings, type Settings } from '../network/settings.js';
import type { LabFolder, Network } from '../network/types.js';
import type { WritingOptions } from './writing-command.js';

/** What a command that writes into a lab opened: the network, its settings, the lab, and "today". */
export interface OpenLab {
  root: string;
  network: Network;
  settings: Settings;
  lab: LabFolder;
  today: string;
}

/** Loads the network and finds a registered lab, or says which labs there are. */
export function openLab(options: WritingOptions, labId: string): OpenLab {
  const root = findNetworkRoot(options.cwd, options.repo);
  const network = loadNetwork(root);
  const settings = resolveSettings(network.config);
  const lab = network.labs.get(labId);
  if (!lab?.lab) {
    const known = [...network.labs.values()].filter((folder) => folder.lab).map((folder) => folder.id);
    throw new CliError(
      `there is no lab \`${labId}\` in this network${known.length ? ` (labs: ${known.join(', ')})` : ''}; register one with \`cil init\``,
    );
  }
  return { root, network, settings, lab, today: resolveAsOf(options.asOf, settings.timezone) };
}

/** A record of the lab that a command edits, refused when it is missing or has problems to fix first. */
export function recordToEdit<T>(files: ReadonlyMap<string, { path: string; text?: string; record?: T }>, id: string, missing: string) {
  const file = files.get(id);
  if (!file) throw new CliError(missing);
  if (!file.record || file.text === undefined) throw new CliError(`${file.path} has problems to fix first; \`cil audit ${file.path}\` shows them`);
  return { path: file.path, text: file.text, record: file.record };
}
