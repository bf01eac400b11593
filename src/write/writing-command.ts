import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import type { Answers, Arguments, ArgumentValues, CommandInputs, Fields, Flags } from '../prompt/fields.js';
import { asksQuestions, gather } from '../prompt/gather.js';
import type { Prompter } from '../prompt/prompter.js';
import { keepDraft, readDraft } from './drafts.js';
import { type Plan, save, type WriteResult } from './save.js';

/** What every writing command is run with, besides its own arguments and fields. */
export interface WritingOptions {
  cwd: string;
  /** `-C/--repo`: the network repo's folder. */
  repo?: string;
  io: Io;
  asOf?: string;
  /** `--yes`: never ask; a missing value is an error. */
  yes?: boolean;
  /** `--commit`: commit exactly the files written. */
  commit?: boolean;
  /** `--dry-run`: write nothing, and say what would be written. */
  dryRun?: boolean;
  /** Ask here instead of on the terminal (tests). */
  prompter?: Prompter;
}

/**
 * A command that writes records. Its switches (options given only as flags, like
 * `--force`) are read first; it then opens what its fields need (the network, a lab),
 * receives its fields' answers, typed, and plans the files to write. The plan is written
 * (and committed) in one place for every command.
 */
export interface WritingCommand<A extends Arguments, S extends Fields, F extends Fields, C extends { root: string }>
  extends CommandInputs<A, F> {
  /** Options given only as flags, never asked: known before anything is opened. */
  switches: S;
  /** Loads what the fields and the plan need, refusing early what cannot be done. */
  open(args: ArgumentValues<A>, switches: Answers<S>, options: WritingOptions): C | Promise<C>;
  plan(context: C, answers: Answers<F>): Plan | Promise<Plan>;
  /** What to do next, said after what was written. */
  next?(result: WriteResult): string | undefined;
  /**
   * The answers as a draft its own `--from` switch reads back (a report's fields, for a report).
   * Without it, the draft holds the answers by field key and the writing framework's own
   * `--from <draft>` reads them back.
   */
  draft?(answers: Answers<F>): Record<string, unknown>;
  /**
   * An edit of what is recorded: a flag says what changes, and then nothing else is asked
   * (as `gh issue edit --add-label` asks nothing); on a terminal without such a flag, every
   * field is asked with its current value as the default.
   */
  edits?: boolean;
}

/** Declares a writing command, inferring the types of its arguments, answers and context. */
export function writingCommand<A extends Arguments, S extends Fields, F extends Fields, C extends { root: string }>(
  command: WritingCommand<A, S, F, C>,
): WritingCommand<A, S, F, C> {
  return command;
}

/**
 * Runs a writing command: its switches, open, the answers, the plan, then write and
 * commit. When the answers were typed and a check of the whole fails at the end, they are
 * kept in a draft, which `--from` starts from again: nothing typed is lost.
 */
export async function runWriting<A extends Arguments, S extends Fields, F extends Fields, C extends { root: string }>(
  command: WritingCommand<A, S, F, C>,
  args: ArgumentValues<A>,
  flags: Flags,
  options: WritingOptions,
): Promise<WriteResult> {
  const switches = await gather(command.switches, flags, undefined, { ...options, yes: true });
  const context = await command.open(args, switches, options);
  const ownFrom = Object.hasOwn(command.switches, 'from');
  const saved = !ownFrom && typeof flags.from === 'string' ? readDraft(options.cwd, flags.from) : undefined;
  const flagged = command.edits === true && Object.keys(command.fields).some((key) => flags[key] !== undefined);
  const asking = { ...options, saved, yes: options.yes === true || flagged };
  const answers = await gather(command.fields, flags, context, asking);
  try {
    return await save(await command.plan(context, answers), options);
  } catch (error) {
    if (!(error instanceof CliError) || !asksQuestions(asking)) throw error;
    const draft = keepDraft(context.root, command.draft?.(answers) ?? answers);
    throw new CliError(`${error.message}. Your answers are kept in ${draft}: fix what is said above, then give --from ${draft} to start again from them`, error.exitCode);
  }
}
