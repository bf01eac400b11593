import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
/** Loads the network and finds a registered lab, or says which labs there are. */
export function openLab(options, labId) {
    const root = findNetworkRoot(options.cwd, options.repo);
    const network = loadNetwork(root);
    const settings = resolveSettings(network.config);
    const lab = network.labs.get(labId);
    if (!lab?.lab) {
        const known = [...network.labs.values()].filter((folder) => folder.lab).map((folder) => folder.id);
        throw new CliError(`there is no lab \`${labId}\` in this network${known.length ? ` (labs: ${known.join(', ')})` : ''}; register one with \`cil init\``);
    }
    return { root, network, settings, lab, today: resolveAsOf(options.asOf, settings.timezone) };
}
/** A record of the lab that a command edits, refused when it is missing or has problems to fix first. */
export function recordToEdit(files, id, missing) {
    const file = files.get(id);
    if (!file)
        throw new CliError(missing);
    if (!file.record || file.text === undefined)
        throw new CliError(`${file.path} has problems to fix first; \`cil audit ${file.path}\` shows them`);
    return { path: file.path, text: file.text, record: file.record };
}
