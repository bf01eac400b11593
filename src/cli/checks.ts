import { type Command, Option } from 'commander';
import { useColor } from '../io.js';
import type { CliContext, GlobalOptions } from './context.js';

/** `cil audit` and `cil status`: the commands that read and judge. */
export function declareChecks(program: Command, context: CliContext): void {
  const { io, state } = context;
  program
    .command('audit')
    .description('check every record of the network repo and report what needs fixing')
    .argument('[paths...]', 'only report on these files or folders')
    .addOption(new Option('--format <format>', 'output format').choices(['human', 'json']).default('human'))
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .action(async (paths: string[], _options, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { format: string; failOn: 'error' | 'warning' }>();
      const [{ audit }, { FORMATTERS }] = await Promise.all([import('../commands/audit.js'), import('../format/index.js')]);
      const result = await audit({ cwd: io.cwd, repo: options.repo, paths, asOf: options.asOf, failOn: options.failOn });
      const format = FORMATTERS[options.format] ?? FORMATTERS.human;
      io.stdout.write(format?.(result, { color: useColor(io, options.color) }) ?? '');
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
