import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings, type Settings } from '../network/settings.js';
import type { LabFolder, Network } from '../network/types.js';
import { closestMatch } from '../text/closest.js';

/** Where a command that only reads looks: the folder it runs in, `-C`, `--as-of`. */
export interface ReadOptions {
  cwd: string;
  repo?: string;
  asOf?: string;
}

/** The network as a reading command sees it: its records, settings and the day judged. */
export interface OpenNetwork {
  network: Network;
  settings: Settings;
  asOf: string;
}

export function openNetwork(options: ReadOptions): OpenNetwork {
  const network = loadNetwork(findNetworkRoot(options.cwd, options.repo));
  const settings = resolveSettings(network.config);
  return { network, settings, asOf: resolveAsOf(options.asOf, settings.timezone) };
}

/**
 * The labs a command was asked about: every lab with a lab.yaml, or the one named. A name
 * that is no lab is refused with the nearest lab's id, or the list of labs.
 */
export function chosenLabs(network: Network, lab?: string): LabFolder[] {
  const labs = [...network.labs.values()].filter((folder) => folder.lab);
  if (lab === undefined) return labs;
  const named = labs.find((folder) => folder.id === lab);
  if (named) return [named];
  const ids = labs.map((folder) => folder.id);
  const near = closestMatch(lab, ids);
  throw new CliError(`there is no lab \`${lab}\` in this network${near ? `; did you mean \`${near}\`?` : ` (labs: ${ids.join(', ') || 'none yet'})`}`);
}
