import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import { useColor } from './io.js';
import { isIsoDate } from './schema/formats.js';

/** Options every command takes, before or after the command's name. */
export interface GlobalOptions {
  repo?: string;
  color?: boolean;
  asOf?: string;
  debug?: boolean;
}

const version = (): string =>
  (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

function parseDate(value: string): string {
  if (!isIsoDate(value))
    throw new InvalidArgumentError('Write a real date as YYYY-MM-DD, like 2026-11-05');
  return value;
}

/**
 * Declares the commands and their options. Each action imports its command module only
 * when it runs, so `cil --help` loads none of them. Actions store the exit code in
 * `state.exitCode`.
 */
export function buildProgram(io: Io, state: { exitCode: number }): Command {
  const program = new Command('cil')
    .description("Civic Innovation Labs' records in git: audited, reported and reviewed.")
    .version(version(), '-V, --version', 'print the version of cil')
    .option(
      '-C, --repo <dir>',
      'the network repo (default: the nearest folder upwards holding cil.yaml)',
    )
    .option('--no-color', 'plain text output, without colour')
    .option('--as-of <YYYY-MM-DD>', 'judge dates as if today were this day', parseDate)
    .option('--debug', 'print stack traces of unexpected errors')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Usage errors read like the tool's other errors: one line, with where to look.
      outputError: (text, write) =>
        write(
          `cil: ${text
            .replace(/^error: /, '')
            .replace(/\s*\n\s*/g, ' ')
            .trim()} (see \`cil --help\`)\n`,
        ),
    })
    .exitOverride();

  program
    .command('audit')
    .description('check every record of the network repo and report what needs fixing')
    .argument('[paths...]', 'only report on these files or folders')
    .addOption(
      new Option('--format <format>', 'output format').choices(['human', 'json']).default('human'),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .action(async (paths: string[], _options, command: Command) => {
      const options = command.optsWithGlobals<
        GlobalOptions & { format: string; failOn: 'error' | 'warning' }
      >();
      const [{ audit }, { FORMATTERS }] = await Promise.all([
        import('./commands/audit.js'),
        import('./format/index.js'),
      ]);
      const result = await audit({
        cwd: io.cwd,
        repo: options.repo,
        paths,
        asOf: options.asOf,
        failOn: options.failOn,
      });
      const format = FORMATTERS[options.format] ?? FORMATTERS.human;
      io.stdout.write(format?.(result, { color: useColor(io, options.color) }) ?? '');
      state.exitCode = result.exitCode;
    });

  return program;
}
