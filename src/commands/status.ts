import { runRules } from '../audit/run-rules.js';
import { type LabStatus, labStatus } from '../handbook/lab-status.js';
import type { Settings } from '../network/settings.js';
import type { LabFolder, Network } from '../network/types.js';
import { choice, optionalArgument } from '../prompt/fields.js';
import { chosenLabs, openNetwork } from './read-network.js';

/** What `cil status` takes from its command line. */
export const statusInputs = {
  arguments: { lab: optionalArgument('one lab, in detail') },
  fields: {
    format: choice({ question: 'Output format', valueName: 'format', required: true, default: 'human', choices: ['human', 'json'] }),
  },
};

export interface StatusOptions {
  cwd: string;
  repo?: string;
  asOf?: string;
  /** Only this lab, in detail. */
  lab?: string;
}

export interface NetworkStatus {
  network: string;
  asOf: string;
  labs: LabStatus[];
}

/** `cil status [lab]`: where each lab stands against the handbook, as of a day. */
export async function status(options: StatusOptions): Promise<NetworkStatus> {
  const { network, settings, asOf } = openNetwork(options);
  return { network: settings.network, asOf, labs: labStandings(network, settings, asOf, chosenLabs(network, options.lab)) };
}

/** Where each of the labs given stands as of a day, with the counts of its audit's findings. */
export function labStandings(
  network: Network,
  settings: Settings,
  asOf: string,
  chosen: readonly LabFolder[],
  { audit = true }: { audit?: boolean } = {},
): LabStatus[] {
  // Without the audit (an export), the findings are not counted: zeros the caller leaves out.
  const findings = audit ? runRules(network, settings, asOf) : [];
  return chosen.flatMap((folder) => {
    const own = findings.filter((finding) => finding.file.startsWith(`${folder.dir}/`));
    const count = (severity: string) => own.filter((finding) => finding.severity === severity).length;
    const lab = labStatus(folder, settings, asOf, { errors: count('error'), warnings: count('warning'), infos: count('info') });
    return lab ? [lab] : [];
  });
}
