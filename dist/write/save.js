import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CliError } from '../errors.js';
import { assertCanCommit, commitFiles, initRepository, isInsideWorkTree } from '../git/git.js';
import { classifyPath } from '../network/layout.js';
import { listNetworkFiles } from '../network/list-files.js';
import { resolveSettings } from '../network/settings.js';
import { checkImpactDocuments } from '../reports/impact.js';
import { brokenRecords, rendering } from '../reports/render.js';
import { loadTemplates } from '../reports/templates.js';
import { planProblems, plannedNetwork } from './audit-plan.js';
import { removeFiles, writeFiles } from './write-files.js';
/**
 * Writes a plan's files (never over existing ones unless a file says it replaces one), with
 * the lab's report documents the change makes stale, and, with `commit`, commits exactly
 * them. Everything that could stop the write or the commit is checked before anything is
 * written: what the audit would refuse in the files, whether anything changes at all, and
 * git. With `dryRun`, nothing is written (nor staged): the result holds what would be.
 */
export async function save(plan, options) {
    const { root } = plan;
    const notes = [...(plan.notes ?? [])];
    // Documents left as they are beside a record that fails its schema: the stale findings that
    // brings are told in the notes, not refused (the audit names the record to fix first).
    const held = new Set();
    const documents = plan.refreshLab === undefined ? [] : staleDocuments(root, plan.files, plan.removes ?? [], plan.refreshLab, notes, held);
    const impact = plan.refreshLab === undefined
        ? []
        : staleImpactDocuments(root, [...plan.files, ...documents], plan.removes ?? [], notes, held);
    const files = [...plan.files, ...documents, ...impact];
    const removes = (plan.removes ?? []).filter((path) => currentText(root, path) !== undefined);
    const problems = planProblems(root, files, options.asOf, removes)
        .filter((finding) => !plan.brings?.includes(finding.rule) && !held.has(finding.rule));
    const owed = owedSinceFounding(root, plan.files);
    refuseWhatTheAuditWould(problems.filter((finding) => !owed(finding)));
    const past = problems.filter(owed);
    if (past[0]) {
        const more = past.length > 1 ? ` (and ${past.length - 1} more: \`cil audit\` lists them)` : '';
        notes.push(`The audit asks for what the lab did since it was founded: ${past[0].file} ${past[0].rule}: ${past[0].message}${more}.`);
    }
    const now = new Map(files.map((file) => [file.path, currentText(root, file.path)]));
    if (removes.length === 0 && files.every((file) => now.get(file.path) === file.text)) {
        throw new CliError(`nothing would change: ${plan.files.map((file) => file.path).join(', ')} already ${plan.files.length === 1 ? 'says' : 'say'} so`);
    }
    const written = files.map((file) => file.path);
    const removed = removes.length === 0 ? {} : { removed: removes };
    if (options.dryRun) {
        const dryRun = files.map(({ path, text }) => {
            const before = now.get(path);
            return { path, ...(before === undefined ? {} : { before }), after: text };
        });
        const gone = removes.map((path) => ({ path, before: currentText(root, path) }));
        return { root, written, ...removed, notes, dryRun: [...dryRun, ...gone] };
    }
    const commit = options.commit === true;
    const needsInit = plan.initGit === true && !(await isInsideWorkTree(root));
    if (commit)
        await assertCanCommit(root, needsInit);
    writeFiles(root, files);
    removeFiles(root, removes);
    if (needsInit)
        await initRepository(root);
    if (!commit)
        return { root, written, ...removed, notes };
    const id = await commitFiles(root, written, plan.message, removes);
    return { root, written, ...removed, notes, commit: { id, message: plan.message } };
}
const currentText = (root, path) => {
    const file = join(root, ...path.split('/'));
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
// What the handbook asks of a lab month by month and quarter by quarter: meetings, reports,
// check-ins. A lab registered after its founding day owes them for the months before, and
// they can only be recorded once the lab is there (or, for a founding day moved earlier,
// once it is): they are told, not refused.
const OWED_SINCE_FOUNDING = new Set(['meetups-per-month', 'community-event-per-quarter', 'citizen-meetings', 'mentor-check-in-due', 'monthly-report-due', 'quarterly-report-due']);
const foundedIn = (text) => parse(text)?.founded;
/** Whether a finding is one of those, of a lab whose lab.yaml the plan creates, or whose founding day it moves earlier. */
function owedSinceFounding(root, files) {
    const created = new Set(files.flatMap((file) => {
        const { kind, lab } = classifyPath(file.path);
        if (kind !== 'lab' || lab === undefined)
            return [];
        const now = currentText(root, file.path);
        if (now === undefined)
            return [lab];
        const [before, after] = [foundedIn(now), foundedIn(file.text)];
        return typeof before === 'string' && typeof after === 'string' && after < before ? [lab] : [];
    }));
    return (finding) => created.has(classifyPath(finding.file).lab ?? '') && OWED_SINCE_FOUNDING.has(finding.rule);
}
// A refusal lists this many problems, each on its own line: enough to fix them all in one go.
const PROBLEMS_LISTED = 20;
/**
 * Refuses, with the audit's own words, files the audit would find errors in: every problem
 * (nothing is written, so `cil audit` could not show the rest), the first on the first line.
 */
function refuseWhatTheAuditWould(problems) {
    if (problems.length === 0)
        return;
    const lines = problems.slice(0, PROBLEMS_LISTED).map((problem) => {
        const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}:${problem.column}`;
        return `${where} ${problem.rule}: ${problem.message}`;
    });
    if (problems.length > PROBLEMS_LISTED)
        lines.push(`and ${problems.length - PROBLEMS_LISTED} more`);
    throw new CliError(`nothing was written: the audit would refuse it: ${lines.join('\n  ')}`);
}
/**
 * The network's impact documents that the change makes stale (they count every lab's
 * records), rendered as they will be. Only a network that keeps an impact report is loaded
 * whole for it.
 */
function staleImpactDocuments(root, files, removes, notes, held) {
    const listing = listNetworkFiles(root, []);
    if (!listing.files.some((file) => file.kind === 'impact'))
        return [];
    const network = plannedNetwork(root, files, listing.labDirs, removes);
    const [broken] = [...network.labs.values()].flatMap((folder) => brokenRecords(folder, 'counted only'));
    if (broken !== undefined) {
        held.add('impact-report-stale');
        notes.push(`The network's impact report was not updated: ${broken} does not pass its schema. Fix it (\`cil audit\` says why), then run \`cil report render\`.`);
        return [];
    }
    const planned = new Set(files.map((file) => file.path));
    return checkImpactDocuments(network, resolveSettings(network.config), loadTemplates(root))
        .filter((document) => document.state === 'stale' && !planned.has(document.document))
        .map((document) => ({ path: document.document, text: document.text ?? '', replaces: true }));
}
/**
 * The lab's report documents that the change makes stale (a past event changes that month's
 * figures), rendered from the records as they will be, so that the change and its documents
 * land together and the audit stays green.
 */
function staleDocuments(root, files, removes, lab, notes, held) {
    const network = plannedNetwork(root, files, [lab], removes);
    const { toWrite, unrenderable, blocked } = rendering(network, resolveSettings(network.config), loadTemplates(root), lab);
    if (blocked !== undefined) {
        held.add('report-stale');
        notes.push(`The lab's report documents were not updated: ${blocked} does not pass its schema. Fix it (\`cil audit\` says why), then run \`cil report render\`.`);
        return [];
    }
    if (unrenderable) {
        notes.push(`The lab's report documents were not updated: ${unrenderable.record} cannot be rendered: ${unrenderable.problem}. Fix that, then run \`cil report render\`.`);
        return [];
    }
    const planned = new Set(files.map((file) => file.path));
    return toWrite.filter((document) => !planned.has(document.document)).map((document) => ({ path: document.document, text: document.text ?? '', replaces: true }));
}
