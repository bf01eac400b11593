import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { runFastAudit } from '../audit/fast/engine.js';
import { auditWhole, summarize } from '../audit/run-rules.js';
import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { choice, text, variadicArgument } from '../prompt/fields.js';
/** Whether a finding of this severity fails the audit under `--fail-on` (infos never do). */
export const failsOn = (severity, failOn = 'error') => severity === 'error' || (severity === 'warning' && failOn === 'warning');
/** The names `--format` takes; a test keeps them equal to the formatters' table. */
export const AUDIT_FORMATS = ['human', 'json', 'github', 'sarif', 'junit', 'markdown'];
/** What `cil audit` takes from its command line. */
export const auditInputs = {
    arguments: { paths: variadicArgument('only report on these files or folders') },
    fields: {
        format: choice({ question: 'Output format', valueName: 'format', required: true, default: 'human', choices: AUDIT_FORMATS }),
        changedSince: text({ question: "Only findings of the change since the branch left <ref> (a pull request's base)", valueName: 'ref' }),
        failOn: choice({
            question: 'Exit 1 when a finding is at or above this severity',
            valueName: 'severity',
            required: true,
            default: 'error',
            choices: ['error', 'warning'],
        }),
    },
};
/** `cil audit`: load the network, run the rules, and say whether the result should fail CI. */
export async function audit(options) {
    const root = findNetworkRoot(options.cwd, options.repo);
    const scope = (options.paths ?? []).map((path) => toNetworkPath(root, options.cwd, path));
    const change = options.change ?? (options.changedSince === undefined ? undefined : await changeSince(root, options.changedSince));
    const settings = resolveSettings(loadNetwork(root, { labs: [], select: () => false }).config);
    const asOf = resolveAsOf(options.asOf, settings.timezone);
    const inPaths = (file) => scope.length === 0 || scope.some((path) => path === '' || file === path || file.startsWith(`${path}/`));
    // A change's audit reads the base from git: loaded only then, as git is.
    const result = change
        ? await (await import('../audit/change-audit.js')).auditChange(root, asOf, change, { engine: options.engine, cacheEnv: options.env, onProgress: options.onProgress })
        : options.engine === 'straightforward'
            ? auditWhole(root, asOf)
            : await runFastAudit(root, asOf, { onProgress: options.onProgress, cacheEnv: options.env });
    const findings = result.findings.filter((finding) => inPaths(finding.file));
    const checkedFiles = [...new Set([...result.files.filter(inPaths), ...findings.map((finding) => finding.file)])].sort();
    const summary = summarize(findings, checkedFiles.length);
    const failing = findings.some((finding) => failsOn(finding.severity, options.failOn));
    return { root, findings, summary, checkedFiles, exitCode: failing ? 1 : 0 };
}
/** The change since a ref; git is loaded only here, as an audit without a change needs none. */
async function changeSince(root, ref) {
    const { readChange } = await import('../git/change.js');
    return readChange(root, ref, 'HEAD', { asker: '--changed-since', base: '--changed-since', head: 'HEAD' });
}
function toNetworkPath(root, cwd, path) {
    const absolute = resolve(cwd, path);
    const inside = relative(root, absolute);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
        throw new CliError(`${path} is outside the network repo at ${root}; name files or folders inside it`);
    }
    if (!existsSync(absolute))
        throw new CliError(`${path} does not exist; name a file or folder of the network repo`);
    return inside.split(sep).join('/');
}
