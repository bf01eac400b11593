import { readFileSync } from 'node:fs';
import type { Command as Program } from 'commander';
import { Command, InvalidArgumentError } from './cli/commander.js';
import { declareChecks, declarePullRequests } from './cli/checks.js';
import { declareRecords, declareProjectAdd } from './cli/records.js';
import { declareReports } from './cli/reports.js';
import type { Io } from './io.js';
import { isIsoDate } from './schema/formats.js';

const cilVersion = (): string =>
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
export function buildProgram(io: Io, state: { exitCode: number }): Program {
  const program = new Command('cil')
    .description("Civic Innovation Labs' records in git: audited, reported and reviewed.")
    .version(cilVersion(), '-V, --version', 'print the version of cil')
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

  const context = { io, state, version: cilVersion };
  declareChecks(program, context);
  declareRecords(program, context);
  const project = program.command('project').description("a lab's projects");
  declareProjectAdd(project, context);
  declareReports(program, project, context);
  declarePullRequests(program, context);

  return program;
}
