import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { locatePlaces } from '../network/locate.js';
import { choice } from '../prompt/fields.js';
import { closestMatch } from '../text/closest.js';
/**
 * Opens the network; with `kinds`, only files of those kinds are read (cil.yaml always is): an
 * export of events reads no report. `list` lists the files to choose from (listLabRecords: the
 * labs' own records alone, for a command that reads no other).
 */
export function openNetwork(options, kinds, list) {
    const select = kinds && ((file) => kinds.includes(file.kind));
    const root = findNetworkRoot(options.cwd, options.repo);
    const network = loadNetwork(root, { ...(select ? { select } : {}), ...(list ? { listing: list(root) } : {}) });
    refuseBrokenConfig(network.config);
    const settings = resolveSettings(network.config);
    return { network, settings, asOf: resolveAsOf(options.asOf, settings.timezone) };
}
/**
 * Stops at a cil.yaml with a problem: its settings (the network's name, time zone, policy)
 * would all fall back to the handbook's defaults, and what the command shows would be
 * another network's. The audit reports it with the rest; here the first problem is enough.
 */
export function refuseBrokenConfig(config) {
    const [problem] = [...config.syntaxProblems, ...config.schemaProblems];
    if (!problem)
        return;
    const at = locatePlaces(config.text ?? '', [problem])[0];
    throw new CliError(`${config.path}${at ? `:${at.line}:${at.column}` : ''}: ${problem.message}; fix cil.yaml first, or every setting falls back to the handbook's defaults (\`cil audit\` lists every problem)`);
}
/**
 * The labs a command was asked about: every lab with a lab.yaml, or the one named. A name
 * that is no lab is refused with the nearest lab's id, or the list of labs.
 */
export function chosenLabs(network, lab) {
    const labs = [...network.labs.values()].filter((folder) => folder.lab);
    if (lab === undefined)
        return labs;
    const named = labs.find((folder) => folder.id === lab);
    if (named)
        return [named];
    const ids = labs.map((folder) => folder.id);
    const near = closestMatch(lab, ids);
    throw new CliError(`there is no lab \`${lab}\` in this network${near ? `; did you mean \`${near}\`?` : ` (labs: ${ids.join(', ') || 'none yet'})`}`);
}
export const LIST_FORMATS = ['table', 'json'];
/** The `--format` of every list command. */
export const listFormat = choice({
    question: 'Output format',
    help: 'table for people, json for scripts',
    valueName: 'format',
    required: true,
    default: 'table',
    choices: LIST_FORMATS,
});
