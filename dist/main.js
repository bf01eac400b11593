import { buildProgram } from './cli/program.js';
import { CommanderError } from './cli/commander.js';
import { CliError } from './errors.js';
/**
 * Runs `cil` with the given arguments and returns the exit code: 0 all good, 1 findings or
 * a refusal at or above the threshold, 2 the tool could not run (bad flags, no network
 * repo, an internal error). Nothing here calls process.exit.
 */
export async function main(argv, io) {
    const state = { exitCode: 0 };
    const program = buildProgram(io, state);
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return state.exitCode;
    }
    catch (error) {
        // Commander has printed its message (or the help or version) already.
        if (error instanceof CommanderError)
            return error.exitCode === 0 ? 0 : 2;
        if (error instanceof Error && error.name === 'ExitPromptError') {
            // Ctrl+C at a question: nothing has been written yet.
            io.stderr.write('cil: cancelled; nothing was written\n');
            return 2;
        }
        if (error instanceof CliError) {
            io.stderr.write(`cil: ${error.message}\n`);
            return error.exitCode;
        }
        const debug = argv.includes('--debug');
        const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
        io.stderr.write(`cil: internal error: ${detail}\n${debug ? '' : 'Run again with --debug for details, and please report it.\n'}`);
        return 2;
    }
}
