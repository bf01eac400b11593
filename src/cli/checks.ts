import type { Command } from 'commander';
import { Option } from './commander.js';
import { useColor } from '../io.js';
import type { CliContext, GlobalOptions } from './context.js';

/** The names `--format` takes; a test keeps them equal to the formatters' table. */
export const AUDIT_FORMATS = ['human', 'json', 'github', 'sarif', 'junit', 'markdown'];

/**
 * A progress line on the terminal for an audit that takes more than a second and a half:
 * never in CI, never when stderr is not a terminal, never for machine-read formats.
 */
export function progressLine({ io }: CliContext, humanFormat: boolean, delayMs = 1500) {
  const enabled = humanFormat && io.stderr.isTTY === true && !io.env.CI;
  const started = Date.now();
  let shown = false;
  return {
    update(done: number, total: number) {
      if (!enabled || Date.now() - started < delayMs) return;
      io.stderr.write(`\rAuditing: ${done} of ${total} labs`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}

/** `cil audit` and `cil status`: the commands that read and judge. */
export function declareChecks(program: Command, context: CliContext): void {
  const { io, state } = context;
  program
    .command('audit')
    .description('check every record of the network repo and report what needs fixing')
    .argument('[paths...]', 'only report on these files or folders')
    .addOption(new Option('--format <format>', 'output format').choices(AUDIT_FORMATS).default('human'))
    .option('--changed-since <ref>', "only findings of the change since the branch left <ref> (a pull request's base)")
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .action(async (paths: string[], _options, command: Command) => {
      const options = command.optsWithGlobals<
        GlobalOptions & { format: string; failOn: 'error' | 'warning'; changedSince?: string }
      >();
      const [{ audit }, { FORMATTERS }] = await Promise.all([import('../commands/audit.js'), import('../format/index.js')]);
      const progress = progressLine(context, options.format === 'human');
      const result = await audit({
        cwd: io.cwd,
        repo: options.repo,
        paths,
        asOf: options.asOf,
        failOn: options.failOn,
        changedSince: options.changedSince,
        engine: io.env.CIL_AUDIT_ENGINE === 'straightforward' ? 'straightforward' : 'fast',
        onProgress: progress.update,
        env: io.env,
      });
      progress.clear();
      const fromRoot = options.format === 'github' || options.format === 'sarif';
      const repoPrefix = fromRoot ? await (await import('../git/git.js')).pathInWorkTree(result.root) : '';
      const format = FORMATTERS[options.format] ?? FORMATTERS.human;
      io.stdout.write(format?.(result, { color: useColor(io, options.color), repoPrefix, version: context.version() }) ?? '');
      state.exitCode = result.exitCode;
    });

  program
    .command('status')
    .description('where each lab stands against the handbook: recognition checklist, role metrics, who needs attention')
    .argument('[lab]', 'one lab, in detail')
    .addOption(new Option('--format <format>', 'output format').choices(['human', 'json']).default('human'))
    .action(async (lab: string | undefined, _options, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { format: string }>();
      const [{ status }, { formatStatus, formatStatusJson }] = await Promise.all([
        import('../commands/status.js'),
        import('../format/status.js'),
      ]);
      const result = await status({ cwd: io.cwd, repo: options.repo, asOf: options.asOf, lab });
      io.stdout.write(
        options.format === 'json'
          ? formatStatusJson(result)
          : formatStatus(result, { color: useColor(io, options.color), detail: lab !== undefined }),
      );
    });
}

/** `cil review` and `cil codeowners`: the pull-request tools. */
export function declarePullRequests(program: Command, context: CliContext): void {
  const { io, state } = context;
  program
    .command('review')
    .description("a pull request's story for CfP's reviewers: what changed, who may change it, what the audit finds")
    .requiredOption('--base <ref>', "the pull request's base, like origin/main")
    .option('--head <ref>', 'its head (default: HEAD)')
    .option('--author <handle>', "the author's GitHub handle, to check what they may change")
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'json']).default('markdown'))
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { base: string; head?: string; author?: string; format: string }>();
      const [{ review }, { formatReviewJson, formatReviewMarkdown }] = await Promise.all([
        import('../commands/review.js'),
        import('../format/review.js'),
      ]);
      const { base, head, author, asOf, repo } = options;
      const result = await review({ cwd: io.cwd, repo, base, head, author, asOf, env: io.env });
      io.stdout.write(options.format === 'json' ? formatReviewJson(result) : formatReviewMarkdown(result));
      state.exitCode = result.exitCode;
    });

  program
    .command('codeowners')
    .description('write .github/CODEOWNERS: each lab owned by its active leads, everything else by the core team')
    .option('--check', 'write nothing; exit 1 when the file is stale or missing')
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { check?: boolean }>();
      const { codeowners } = await import('../commands/codeowners.js');
      const result = await codeowners({ cwd: io.cwd, repo: options.repo, asOf: options.asOf, check: options.check });
      const verdict = !result.changed
        ? `${result.path} is up to date.`
        : options.check
          ? `${result.path} is stale or missing; run \`cil codeowners\` and commit it.`
          : `Wrote ${result.path}`;
      io.stdout.write(`${verdict}\n`);
      state.exitCode = result.exitCode;
    });
}
