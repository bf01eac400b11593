import { RULES } from '../audit/rules/index.js';
import { runRules } from '../audit/run-rules.js';
import { resolveAsOf } from '../calendar/today.js';
import { classifyPath } from '../network/layout.js';
import { listNetworkFiles } from '../network/list-files.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
const LAB_RULES = RULES.filter((rule) => rule.reads === 'lab');
// Lines move when a file is edited: a finding is the same when its file, rule and message are.
const sameFinding = (finding) => `${finding.file}\0${finding.rule}\0${finding.message}`;
/**
 * The errors the audit would find after a command writes its files, that it does not find
 * now: the labs the files are in are judged with the files as planned, and as they are, by
 * the audit's own rules. Like a pull request's audit, it counts what the write brings
 * wherever it lands: a new member whose GitHub handle another member has already gives its
 * error on the other member's file. A command refuses to write what this finds.
 */
export function planProblems(root, files, asOf, removes = []) {
    const labs = [...new Set([...files.map((file) => file.path), ...removes].flatMap((path) => classifyPath(path).lab ?? []))];
    const network = [...files.map((file) => file.path), ...removes].some((path) => ['impact', 'impact-document'].includes(classifyPath(path).kind));
    if (labs.length === 0 && !network)
        return [];
    const after = plannedNetwork(root, files, labs, removes);
    const settings = resolveSettings(after.config);
    const day = resolveAsOf(asOf, settings.timezone);
    const errors = (findings) => findings.filter((finding) => finding.severity === 'error');
    const found = errors(runRules(after, settings, day, LAB_RULES));
    if (found.length === 0)
        return found;
    // Counted, so that a second error like one already there is still new.
    const before = new Map();
    for (const finding of errors(runRules(loadNetwork(root, { labs }), settings, day, LAB_RULES))) {
        before.set(sameFinding(finding), (before.get(sameFinding(finding)) ?? 0) + 1);
    }
    return found.filter((finding) => {
        const left = before.get(sameFinding(finding)) ?? 0;
        before.set(sameFinding(finding), left - 1);
        return left <= 0;
    });
}
/**
 * The given labs of a network as they will be once the planned files are written: read from
 * disk, with the planned files in place of (or beside) what is there, and without the files
 * the change removes. Nothing is written.
 */
export function plannedNetwork(root, files, labs, removes = []) {
    const gone = new Set(removes);
    const all = listNetworkFiles(root, labs);
    const listing = { ...all, files: all.files.filter((file) => !gone.has(file.path)) };
    const listed = new Set(listing.files.map((file) => file.path));
    // The audit looks at cil.yaml, CODEOWNERS, reports/, the network's README and what is under labs/; a workflow is not its to judge.
    const audited = (path) => path.startsWith('labs/') || classifyPath(path).kind !== 'unknown';
    const planned = files
        .filter((file) => !listed.has(file.path) && audited(file.path))
        .map((file) => ({ ...classifyPath(file.path), path: file.path, entry: 'file' }));
    const read = new Map(files.map((file) => [file.path, { text: file.text }]));
    const withPlanned = [...listing.files, ...planned].sort((a, b) => (a.path < b.path ? -1 : 1));
    return loadNetwork(root, { labs, listing: { ...listing, files: withPlanned }, read });
}
