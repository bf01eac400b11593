import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readChange } from '../git/change.js';
import { changedPaths, fileAt, resolveCommit, withWorktree } from '../git/git.js';
import { GITHUB_HANDLE } from '../github/codeowners.js';
import { activeOn } from '../handbook/membership.js';
import { readNetworkAt } from '../network/at-commit.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { resolveAsOf } from '../calendar/today.js';
import { classifyPath, isRecordKind } from '../network/layout.js';
import { findNetworkRoot } from '../network/find-root.js';
import { parseYaml } from '../network/parse-yaml.js';
import { choice, text } from '../prompt/fields.js';
import { tellStory } from '../review/story.js';
import { audit } from './audit.js';
/** What `cil review` takes from its command line. */
export const reviewInputs = {
    arguments: {},
    fields: {
        base: text({ question: "The pull request's base, like origin/main", valueName: 'ref', required: true }),
        head: text({ question: 'Its head', valueName: 'ref', defaultHelp: 'HEAD' }),
        author: text({ question: "The author's GitHub handle, to check what they may change", valueName: 'handle' }),
        format: choice({ question: 'Output format', valueName: 'format', required: true, default: 'markdown', choices: ['markdown', 'json'] }),
    },
};
const STATUS = { A: 'added', C: 'added', M: 'modified', T: 'modified', D: 'deleted', R: 'renamed' };
/**
 * `cil review --base <ref>`: a pull request as a story for CfP's reviewers: what changed in
 * each lab, what needs the core team, what the audit finds in the change, and whether the
 * author may change what they changed (by the base's records: a change cannot grant itself
 * rights). Exit 1 when something is unauthorized or the audit finds errors.
 */
export async function review(options) {
    const root = findNetworkRoot(options.cwd, options.repo);
    const change = await readChange(root, options.base, options.head ?? 'HEAD', { asker: 'cil review', base: '--base', head: '--head' });
    const files = [];
    for (const file of change.files) {
        const path = change.inNetwork(file.path);
        if (path === undefined)
            continue;
        const status = STATUS[file.status] ?? 'modified';
        const from = file.from === undefined ? undefined : change.inNetwork(file.from);
        const record = isRecordKind(classifyPath(path).kind);
        const before = record && status !== 'added' ? await recordAt(change.top, change.since, file.from ?? file.path) : undefined;
        const after = record && status !== 'deleted' ? await recordAt(change.top, change.head, file.path) : undefined;
        files.push({ path, status, from, before, after });
    }
    // Every path of the repository counts: a workflow beside the network folder changes what CI runs.
    const outside = change.prefix === ''
        ? []
        : (await changedPaths(change.top, change.since, change.head)).filter((file) => change.inNetwork(file.path) === undefined);
    const authority = options.author === undefined ? undefined : await authorityOf(root, change, options.author, files, options.asOf);
    const touched = files.flatMap((file) => [file.path, ...(file.from ? [file.from] : [])]);
    const outsidePaths = outside.flatMap((file) => [`/${file.path}`, ...(file.from ? [`/${file.from}`] : [])]);
    const unauthorized = authority === undefined
        ? []
        : [...touched.filter((path) => !mayChange(authority, path)), ...(authority.coreTeam ? [] : outsidePaths)];
    const audited = change.head === (await resolveCommit(change.top, 'HEAD', 'HEAD'))
        ? await audit({ cwd: root, change, asOf: options.asOf, engine: engineOf(options.env), env: options.env })
        : await auditElsewhere(change, options.asOf, options.env);
    const server = options.env?.GITHUB_SERVER_URL;
    const repository = options.env?.GITHUB_REPOSITORY;
    const linkBase = server && repository ? `${server}/${repository}/blob/${change.head}/${change.prefix ? `${change.prefix}/` : ''}` : undefined;
    return {
        base: options.base,
        head: options.head ?? 'HEAD',
        author: options.author,
        authority,
        changes: [
            ...files.map(({ path, status, from }) => {
                const lab = classifyPath(path).lab;
                return { path, status, ...(from ? { from } : {}), ...(lab ? { lab } : {}) };
            }),
            ...outside.map((file) => ({ path: `/${file.path}`, status: STATUS[file.status] ?? 'modified', ...(file.from ? { from: `/${file.from}` } : {}), outside: true })),
        ],
        story: tellStory([...files, ...outside.map((file) => ({ path: `/${file.path}`, status: STATUS[file.status] ?? 'modified', ...(file.from ? { from: `/${file.from}` } : {}) }))]),
        unauthorized: [...new Set(unauthorized)].sort(),
        findings: audited.findings,
        summary: audited.summary,
        linkBase,
        exitCode: unauthorized.length > 0 || audited.summary.errors > 0 ? 1 : 0,
    };
}
async function recordAt(top, commit, path) {
    const text = await fileAt(top, commit, path);
    return text === undefined ? undefined : parseYaml(text.replace(/^\uFEFF/, '')).data;
}
/**
 * The author's rights, from the records as the base branch holds them now (never as the
 * change's own history has them: a member offboarded on main since cannot branch from an
 * older commit to keep her rights), read as the audit reads them: listed files only (no
 * dot-files), records that pass their schema. A handle GitHub could not have authorizes nothing.
 */
async function authorityOf(root, change, author, files, asOf) {
    const handle = author.replace(/^@/, '').toLowerCase();
    if (!GITHUB_HANDLE.test(handle))
        return { coreTeam: false, labs: [], leads: [] };
    const paths = files.flatMap((file) => [file.path, file.from ?? file.path]);
    const labs = [...new Set(paths.flatMap((path) => classifyPath(path).lab ?? []))];
    const place = { top: change.top, prefix: change.prefix, commit: change.base };
    const read = await readNetworkAt(place, root, { labs, select: (file) => file.kind === 'config' || file.kind === 'member' || file.kind === 'lab' });
    const network = loadNetwork(root, { listing: read.listing, labs, read: read.read });
    const settings = resolveSettings(network.config);
    const today = resolveAsOf(asOf, settings.timezone);
    const authority = { coreTeam: settings.coreTeam.some((member) => member.toLowerCase() === handle), labs: [], leads: [] };
    for (const folder of network.labs.values()) {
        for (const [id, file] of folder.members) {
            const member = file.record;
            if (member?.github?.toLowerCase() !== handle || member.status !== 'active' || !activeOn(member, today))
                continue;
            authority.labs.push(folder.id);
            if (folder.lab?.record?.leads.includes(id))
                authority.leads.push(folder.id);
        }
    }
    return authority;
}
/** Whether the author may change a path of the network: a lab's folder is its active members' to change. */
function mayChange(authority, path) {
    if (authority.coreTeam)
        return true;
    const lab = classifyPath(path).lab;
    return lab !== undefined && path.startsWith(`labs/${lab}/`) && authority.labs.includes(lab);
}
/** A head other than the checkout is audited in a temporary work tree of its own. */
async function auditElsewhere(change, asOf, env) {
    const folder = mkdtempSync(join(tmpdir(), 'cil-review-'));
    rmSync(folder, { recursive: true, force: true });
    const auditThere = (path) => audit({ cwd: join(path, change.prefix), change, asOf, engine: engineOf(env), env });
    return withWorktree(change.top, change.head, folder, auditThere);
}
/** The audit's path, as `cil audit` takes it from CIL_AUDIT_ENGINE. */
const engineOf = (env) => (env?.CIL_AUDIT_ENGINE === 'straightforward' ? 'straightforward' : 'fast');
