import type { Arguments, ArgumentValues, Fields, Flags } from '../../src/prompt/fields.js';
import type { WriteResult } from '../../src/write/save.js';
import { runWriting, type WritingCommand, type WritingOptions } from '../../src/write/writing-command.js';
import { testIo } from './io.js';

/** What a test runs a writing command with: the writing options, and switches (`force`, `from`) as flags. */
export type TestOptions = Partial<WritingOptions> & { force?: boolean; from?: string };

/**
 * Runs a writing command from flags as the command line gives them (text, repeated text,
 * switches), in `dir`, without a terminal, as of `asOf`.
 */
export function writeIn<A extends Arguments, S extends Fields, F extends Fields, C extends { root: string }>(
  command: WritingCommand<A, S, F, C>,
  args: ArgumentValues<A>,
  asOf: string,
) {
  return (dir: string, flags: Flags, options: TestOptions = {}): Promise<WriteResult> => {
    const { force, from, ...writing } = options;
    const switches = { ...(force === undefined ? {} : { force }), ...(from === undefined ? {} : { from }) };
    return runWriting(command, args, { ...flags, ...switches }, { cwd: dir, io: testIo(dir), asOf, ...writing });
  };
}
