import { runRules } from '../audit/run-rules.js';
import { labStatus } from '../handbook/lab-status.js';
import { choice, optionalArgument } from '../prompt/fields.js';
import { chosenLabs, openNetwork } from './read-network.js';
/** What `cil status` takes from its command line. */
export const statusInputs = {
    arguments: { lab: optionalArgument('one lab, in detail') },
    fields: {
        format: choice({ question: 'Output format', valueName: 'format', required: true, default: 'human', choices: ['human', 'json'] }),
    },
};
/** `cil status [lab]`: where each lab stands against the handbook, as of a day. */
export async function status(options) {
    const { network, settings, asOf } = openNetwork(options);
    return { network: settings.network, asOf, labs: labStandings(network, settings, asOf, chosenLabs(network, options.lab)) };
}
/** Where each of the labs given stands as of a day, with the counts of its audit's findings. */
export function labStandings(network, settings, asOf, chosen, { audit = true } = {}) {
    // Without the audit (an export), the findings are not counted: zeros the caller leaves out.
    const findings = audit ? runRules(network, settings, asOf) : [];
    return chosen.flatMap((folder) => {
        const own = findings.filter((finding) => finding.file.startsWith(`${folder.dir}/`));
        const count = (severity) => own.filter((finding) => finding.severity === severity).length;
        const lab = labStatus(folder, settings, asOf, { errors: count('error'), warnings: count('warning'), infos: count('info') });
        return lab ? [lab] : [];
    });
}
