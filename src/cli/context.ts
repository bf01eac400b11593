import type { Command } from 'commander';
import type { WriteResult } from '../commands/writing.js';
import type { Io } from '../io.js';

/** Options every command takes, before or after the command's name. */
export interface GlobalOptions {
  repo?: string;
  color?: boolean;
  asOf?: string;
  debug?: boolean;
}

export type CommandOptions = GlobalOptions & Record<string, unknown>;

/** What the command declarations share: the outside world and where the exit code goes. */
export interface CliContext {
  io: Io;
  state: { exitCode: number };
  version: () => string;
}

/** Repeatable options collect their values into a list. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The options every writing command has. */
export function writingCommand(command: Command): Command {
  return command
    .option('-y, --yes', 'never ask: take defaults, and fail on anything missing')
    .option('--force', 'replace a record that exists')
    .option('--commit', 'commit exactly the files written, with a message saying what happened');
}

/** The writing options of a command's parsed flags. */
export function writingOptions({ io }: CliContext, options: CommandOptions) {
  return {
    cwd: io.cwd,
    repo: options.repo,
    io,
    yes: options.yes === true,
    force: options.force === true,
    commit: options.commit === true,
    asOf: options.asOf,
  };
}

/** Runs a writing command and prints what it wrote (and what to do next). */
export async function runWriting(
  { io }: CliContext,
  command: Command,
  action: (options: CommandOptions) => Promise<WriteResult>,
  next?: (result: WriteResult) => string | undefined,
): Promise<void> {
  const result = await action(command.optsWithGlobals<CommandOptions>());
  const { formatWriteResult } = await import('../format/write-result.js');
  io.stdout.write(formatWriteResult(result, next?.(result)));
}
