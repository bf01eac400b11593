import { CliError } from '../errors.js';
import { asksQuestions, gather } from '../prompt/gather.js';
import { keepDraft, readDraft } from './drafts.js';
import { save } from './save.js';
/** Declares a writing command, inferring the types of its arguments, answers and context. */
export function writingCommand(command) {
    return command;
}
/**
 * Runs a writing command: its switches, open, the answers, the plan, then write and
 * commit. When the answers were typed and a check of the whole fails at the end, they are
 * kept in a draft, which `--from` starts from again: nothing typed is lost.
 */
export async function runWriting(command, args, flags, options) {
    const switches = await gather(command.switches, flags, undefined, { ...options, yes: true });
    const context = await command.open(args, switches, options);
    const ownFrom = Object.hasOwn(command.switches, 'from');
    const saved = !ownFrom && typeof flags.from === 'string' ? readDraft(options.cwd, flags.from) : undefined;
    const flagged = command.edits === true && Object.keys(command.fields).some((key) => flags[key] !== undefined);
    const asking = { ...options, saved, yes: options.yes === true || flagged };
    const answers = await gather(command.fields, flags, context, asking);
    try {
        return await save(await command.plan(context, answers), options);
    }
    catch (error) {
        if (!(error instanceof CliError) || !asksQuestions(asking))
            throw error;
        const draft = keepDraft(context.root, command.draft?.(answers) ?? answers);
        throw new CliError(`${error.message}. Your answers are kept in ${draft}: fix what is said above, then give --from ${draft} to start again from them`, error.exitCode);
    }
}
