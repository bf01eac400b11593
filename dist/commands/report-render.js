import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { flag, variadicArgument } from '../prompt/fields.js';
import { checkImpactDocuments } from '../reports/impact.js';
import { rendering } from '../reports/render.js';
import { loadTemplates } from '../reports/templates.js';
import { writeFiles } from '../write/write-files.js';
import { chosenLabs, refuseBrokenConfig } from './read-network.js';
/** What `cil report render` takes from its command line. */
export const reportRenderInputs = {
    arguments: { labs: variadicArgument('only the reports of these labs (default: every lab)') },
    fields: { check: flag({ question: 'Write nothing; exit 1 when a committed document is stale or missing' }) },
};
/**
 * `cil report render [lab...] [--check]`: every report's document (of the labs named), from
 * its record, the records and the templates; with no lab named, the network's impact
 * reports' too.
 */
export async function reportRender(options) {
    const root = findNetworkRoot(options.cwd, options.repo);
    const network = onlyLabs(loadNetwork(root), options.labs ?? []);
    refuseBrokenConfig(network.config);
    const settings = resolveSettings(network.config);
    const templates = loadTemplates(root);
    const labs = rendering(network, settings, templates);
    if (labs.blocked !== undefined) {
        throw new CliError(`${labs.blocked} does not pass its schema (\`cil audit\` says why): fix it first, or the documents would be rendered without it; nothing was written (\`cil report render <lab>\` renders the other labs)`);
    }
    // The network's impact reports count every lab: rendered when every lab's documents are.
    const impact = (options.labs ?? []).length === 0 ? checkImpactDocuments(network, settings, templates) : [];
    const toWrite = [...labs.toWrite, ...impact.filter((document) => document.state === 'stale' || document.state === 'missing')];
    const current = labs.current + impact.filter((document) => document.state === 'current').length;
    const unrenderable = labs.unrenderable ?? impact.find((document) => document.state === 'unrenderable');
    if (unrenderable)
        throw new CliError(`${unrenderable.record} cannot be rendered: ${unrenderable.problem}`);
    if (!options.check)
        writeFiles(root, toWrite.map((document) => ({ path: document.document, text: document.text ?? '', replaces: true })));
    return {
        root,
        changed: toWrite.map((document) => document.document),
        unchanged: current,
        exitCode: options.check && toWrite.length > 0 ? 1 : 0,
    };
}
/** The network with only the labs named (a report is rendered from its own lab's records), or all of it when none is. */
function onlyLabs(network, labs) {
    if (labs.length === 0)
        return network;
    return { ...network, labs: new Map(labs.flatMap((lab) => chosenLabs(network, lab)).map((folder) => [folder.id, folder])) };
}
