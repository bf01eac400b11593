import { runRules } from '../audit/run-rules.js';
import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { type LabStatus, labStatus } from '../handbook/lab-status.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { choice, optionalArgument } from '../prompt/fields.js';

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
  const root = findNetworkRoot(options.cwd, options.repo);
  const network = loadNetwork(root);
  const settings = resolveSettings(network.config);
  const asOf = resolveAsOf(options.asOf, settings.timezone);
  if (options.lab !== undefined && !network.labs.get(options.lab)?.lab) {
    const known = [...network.labs.values()].filter((folder) => folder.lab).map((folder) => folder.id);
    throw new CliError(`there is no lab \`${options.lab}\` in this network (labs: ${known.join(', ')})`);
  }
  const findings = runRules(network, settings, asOf);
  const labs = [...network.labs.values()]
    .filter((folder) => options.lab === undefined || folder.id === options.lab)
    .flatMap((folder) => {
      const own = findings.filter((finding) => finding.file.startsWith(`${folder.dir}/`));
      const count = (severity: string) => own.filter((finding) => finding.severity === severity).length;
      const lab = labStatus(folder, settings, asOf, { errors: count('error'), warnings: count('warning'), infos: count('info') });
      return lab ? [lab] : [];
    });
  return { network: settings.network, asOf, labs };
}
