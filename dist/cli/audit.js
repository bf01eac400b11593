import { useColor } from '../io.js';
import { cilVersion } from '../version.js';
import { readCommand } from './declare.js';
/**
 * A progress line on the terminal for an audit that takes more than a second and a half:
 * never in CI, never when stderr is not a terminal, never for machine-read formats.
 */
export function progressLine({ io }, humanFormat, delayMs = 1500) {
    const enabled = humanFormat && io.stderr.isTTY === true && !io.env.CI;
    const started = Date.now();
    let shown = false;
    return {
        update(done, total) {
            if (!enabled || Date.now() - started < delayMs)
                return;
            io.stderr.write(`\rAuditing: ${done} of ${total} labs`);
            shown = true;
        },
        clear() {
            if (shown)
                io.stderr.write('\r\u001b[K');
        },
    };
}
/** `cil audit [paths...]`. */
export function declareAudit(command, context) {
    const { io, state } = context;
    readCommand(command, {
        load: async () => ({ ...(await import('../commands/audit.js')), ...(await import('../format/audit/index.js')) }),
        inputs: (module) => module.auditInputs,
        async run(module, { args, answers, globals }) {
            const progress = progressLine(context, answers.format === 'human');
            const engine = io.env.CIL_AUDIT_ENGINE === 'straightforward' ? 'straightforward' : 'fast';
            // Said once, before the work: the audit then runs without its cache.
            const cacheProblem = engine === 'fast' ? (await import('../audit/fast/cache.js')).cacheProblem(io.env) : undefined;
            if (cacheProblem !== undefined)
                io.stderr.write(`cil: ${cacheProblem}\n`);
            const result = await module.audit({
                cwd: io.cwd,
                repo: globals.repo,
                paths: args.paths,
                asOf: globals.asOf,
                failOn: answers.failOn,
                changedSince: answers.changedSince,
                engine,
                onProgress: progress.update,
                env: io.env,
            });
            progress.clear();
            // GitHub annotations and SARIF name files from the repository's root.
            const fromRoot = answers.format === 'github' || answers.format === 'sarif';
            const repoPrefix = fromRoot ? ((await (await import('../git/change.js')).networkInRepo(result.root))?.prefix ?? '') : '';
            const formatContext = { color: useColor(io, globals.color), repoPrefix, version: cilVersion(), failOn: answers.failOn };
            io.stdout.write(module.FORMATTERS[answers.format](result, formatContext));
            state.exitCode = result.exitCode;
        },
    });
}
