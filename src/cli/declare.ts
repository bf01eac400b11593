import type { Command } from 'commander';
import type { Listing } from '../commands/read-network.js';
import type { Io } from '../io.js';
import { type Answers, type Arguments, type ArgumentValues, type Field, type Fields, type Flags, flagOf } from '../prompt/fields.js';
import { lowerFirst } from '../text/case.js';
import type { WriteResult } from '../write/save.js';
import type { WritingCommand } from '../write/writing-command.js';
import { Argument, Option } from './commander.js';
import { whenNeeded } from './lazy.js';

// How a command is declared on the command line: by its name and description alone, until
// it is about to run (or show its help). Then its module is loaded and its arguments and
// options are declared from what the command itself declares (its inputs), so that
// `cil --help` loads no command module and no option is declared twice.

/**
 * Where a command is declared: a new command of a group, by its name and description, or
 * the command the groups' table made for a command of its own (`cil audit`).
 */
export type At = [parent: Command, name: string, description: string] | [command: Command];

const commandAt = (at: At): Command => (at.length === 1 ? at[0] : at[0].command(at[1]).description(at[2]));

/** Options every command takes, before or after the command's name. */
export interface GlobalOptions {
  repo?: string;
  color?: boolean;
  asOf?: string;
  debug?: boolean;
}

/** What the command declarations share: the outside world and where the exit code goes. */
export interface CliContext {
  io: Io;
  state: { exitCode: number };
}

/** What a command takes from its command line: arguments, fields, and flag-only switches. */
export interface Inputs<A extends Arguments, F extends Fields> {
  arguments: A;
  fields: F;
  switches?: Fields;
}

/** The flags of the writing framework itself, which every writing command takes. */
export const WRITING_FLAGS = {
  yes: { flags: '-y, --yes', help: 'never ask: take defaults, and fail on anything missing' },
  commit: { flags: '--commit', help: 'commit exactly the files written, with a message saying what happened' },
  // A command with a `--from` of its own (a report's narrative file) reads its drafts with it.
  from: { flags: '--from <draft>', help: 'start from the answers kept in a draft (private/drafts/), after a failed check' },
  dryRun: { flags: '--dry-run', help: 'write nothing: print what would be written or changed, as a diff' },
  format: { flags: '--format <format>', help: 'what to print: human, or json for scripts (paths, ids, commit)', choices: ['human', 'json'] },
} as const;

interface Invocation<A extends Arguments> {
  args: ArgumentValues<A>;
  /** Every flag's raw value, by field key. */
  flags: Flags;
  globals: GlobalOptions;
}

interface Lazy<M, A extends Arguments, F extends Fields> {
  load(): Promise<M>;
  inputs(module: M): Inputs<A, F>;
  /** Declare the writing framework's flags (`--yes`, `--commit`) too. */
  writing?: boolean;
  run(module: M, invocation: Invocation<A>): Promise<void>;
}

/** The choices of each option made from a field, for shell completion (the field checks them). */
export const optionChoices = new WeakMap<InstanceType<typeof Option>, () => readonly string[]>();

/**
 * A field's choices that need nothing the command opens (provinces, event kinds, listed
 * or from the schema); none for those that come from the lab (its members, its partners).
 */
function fixedChoices(field: Field<unknown, never>): readonly string[] {
  const { choices } = field;
  if (typeof choices !== 'function') return choices ?? [];
  return 'values' in choices && Array.isArray(choices.values) ? choices.values.map(String) : [];
}
function lazyCommand<M, A extends Arguments, F extends Fields>(command: Command, spec: Lazy<M, A, F>): Command {
  whenNeeded(command, async () => {
    const module = await spec.load();
    const inputs = spec.inputs(module);
    declareInputs(command, inputs, spec.writing === true);
    command.action(() => {
      const args = argumentValues(command, inputs.arguments);
      return spec.run(module, { args, flags: flagsOf(command, inputs), globals: command.optsWithGlobals<GlobalOptions>() });
    });
  });
  return command;
}

/** What a command that reads and reports takes: its module, its inputs, and how it prints its result. */
export interface ReadSpec<M, A extends Arguments, F extends Fields> {
  load(): Promise<M>;
  inputs(module: M): Inputs<A, F>;
  run(module: M, invocation: { args: ArgumentValues<A>; answers: Answers<F>; globals: GlobalOptions }): Promise<void>;
}

/**
 * A command that reads and reports: its answers come from flags and defaults, never from
 * questions; `run` prints the result and sets the exit code.
 */
export function readCommand<M, A extends Arguments, F extends Fields>(command: Command, spec: ReadSpec<M, A, F>): Command;
export function readCommand<M, A extends Arguments, F extends Fields>(
  parent: Command,
  name: string,
  description: string,
  spec: ReadSpec<M, A, F>,
): Command;
export function readCommand(...given: [...At, ReadSpec<unknown, Arguments, Fields>]): Command {
  const spec = given.at(-1) as ReadSpec<unknown, Arguments, Fields>;
  return lazyCommand(commandAt(given.slice(0, -1) as At), {
    load: spec.load,
    inputs: spec.inputs,
    async run(module, { args, flags, globals }) {
      const { gather } = await import('../prompt/gather.js');
      const answers = await gather(spec.inputs(module).fields, flags, undefined);
      await spec.run(module, { args, answers, globals });
    },
  });
}

/** A command that prints what is recorded, as a table or JSON (`--format`). */
export function listCommand<A extends Arguments, F extends Fields & { format: unknown }, R>(
  parent: Command,
  name: string,
  description: string,
  { io }: CliContext,
  load: () => Promise<Listing<A, F, R>>,
): Command {
  return readCommand(parent, name, description, {
    load: async () => ({ listing: await load(), ...(await import('../format/list.js')) }),
    inputs: ({ listing }) => listing.inputs,
    async run({ listing, formatList }, { args, answers, globals }) {
      const listed = listing.list({ cwd: io.cwd, repo: globals.repo, asOf: globals.asOf }, args, answers);
      io.stdout.write(formatList(listed, answers.format === 'json' ? 'json' : 'table'));
    },
  });
}

type WritingLoad<A extends Arguments, S extends Fields, F extends Fields, C extends { root: string }>
  = () => Promise<WritingCommand<A, S, F, C>>;

/** A command that writes records: run by the writing framework, which prints what it wrote. */
export function writeCommand<A extends Arguments, S extends Fields, F extends Fields, C extends { root: string }>(
  command: Command,
  context: CliContext,
  load: WritingLoad<A, S, F, C>,
): Command;
export function writeCommand<A extends Arguments, S extends Fields, F extends Fields, C extends { root: string }>(
  parent: Command,
  name: string,
  description: string,
  context: CliContext,
  load: WritingLoad<A, S, F, C>,
): Command;
export function writeCommand(...given: [...At, CliContext, WritingLoad<Arguments, Fields, Fields, { root: string }>]): Command {
  const [{ io }, load] = given.slice(-2) as [CliContext, WritingLoad<Arguments, Fields, Fields, { root: string }>];
  return lazyCommand(commandAt(given.slice(0, -2) as At), {
    load,
    inputs: (command) => command,
    writing: true,
    async run(command, { args, flags, globals }) {
      const [{ runWriting }, { formatWriteResult }] = await Promise.all([import('../write/writing-command.js'), import('../format/write-result.js')]);
      const { repo, asOf } = globals;
      const [yes, commit, dryRun] = [flags.yes === true, flags.commit === true, flags.dryRun === true];
      const options = { cwd: io.cwd, repo, io, asOf, yes, commit, dryRun };
      const result: WriteResult = await runWriting(command, args, flags, options);
      io.stdout.write(formatWriteResult(result, command.next?.(result), flags.format === 'json' ? 'json' : 'human'));
    },
  });
}

/** Arguments, then the fields' options, then the switches and the writing framework's flags. */
function declareInputs(command: Command, inputs: Inputs<Arguments, Fields>, writing: boolean): void {
  for (const [name, argument] of Object.entries(inputs.arguments)) {
    const shown = `${name}${argument.variadic ? '...' : ''}`;
    const declared = new Argument(argument.optional ? `[${shown}]` : `<${shown}>`, argument.help);
    if (argument.choices) declared.choices(argument.choices);
    command.addArgument(declared);
  }
  const options = [...Object.entries(inputs.fields), ...Object.entries(inputs.switches ?? {})];
  for (const [key, field] of options) command.addOption(optionOf(key, field));
  if (!writing) return;
  for (const [key, flag] of Object.entries(WRITING_FLAGS)) {
    if (Object.hasOwn(inputs.switches ?? {}, key)) continue;
    const option = new Option(flag.flags, flag.help);
    if ('choices' in flag) option.choices(flag.choices);
    command.addOption(option);
  }
}

/** A field as a command-line option: its flag from its key, value name, help, default, choices, repetition. */
function optionOf(key: string, field: Field<unknown, never>): InstanceType<typeof Option> {
  const value = field.type === 'boolean' ? '' : ` <${field.valueName ?? key.toLowerCase()}>`;
  const shownDefault = field.defaultHelp ?? (typeof field.default === 'function' || field.default === undefined ? undefined : String(field.default));
  const many = field.type === 'texts' || field.type === 'list' || field.type === 'choices' || field.type === 'amounts';
  const repeat = field.type === 'texts' && field.help === undefined ? ' (repeat for more)' : '';
  // Choices are listed here and checked by the field, which also takes them in any case (`punjab`).
  const choices = Array.isArray(field.choices) ? ` (choices: ${field.choices.join(', ')})` : '';
  const help = `${field.help ?? lowerFirst(field.question)}${repeat}${shownDefault === undefined ? '' : ` (default: ${shownDefault})`}${choices}`;
  const option = new Option(`${flagOf(key)}${value}`, help);
  optionChoices.set(option, () => fixedChoices(field));
  if (option.attributeName() !== key) throw new Error(`the field \`${key}\` would be read back as \`${option.attributeName()}\`; rename it`);
  // A field of several values takes its flag again for each (or, but for lines of text, values separated by commas).
  if (many) option.argParser((item: string, previous: string[] = []) => [...previous, item]);
  return option;
}

/** The raw flag values of a command's inputs, by field key. */
function flagsOf(command: Command, inputs: Inputs<Arguments, Fields>): Flags {
  const values = command.opts<Record<string, string | string[] | boolean | undefined>>();
  const keys = [...Object.keys(inputs.fields), ...Object.keys(inputs.switches ?? {}), ...Object.keys(WRITING_FLAGS)];
  return Object.fromEntries(keys.map((key) => [key, values[key]]));
}

function argumentValues<A extends Arguments>(command: Command, declared: A): ArgumentValues<A> {
  const names = Object.keys(declared);
  return Object.fromEntries(names.map((name, index) => [name, command.processedArgs[index]])) as ArgumentValues<A>;
}
