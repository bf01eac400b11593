import { isIsoDate } from '../schema/formats.js';
import { cilVersion } from '../version.js';
import { Argument, Command, InvalidArgumentError } from './commander.js';
import { GROUPS } from './groups.js';
import { loadDeclaration, loaderOf, whenNeeded } from './lazy.js';
function parseDate(value) {
    if (!isIsoDate(value))
        throw new InvalidArgumentError('Write a real date as YYYY-MM-DD, like 2026-11-05');
    return value;
}
/**
 * The command line: global options, then each command group, by the name and description
 * the groups' table gives. A group's own file, which declares its commands, and a command's
 * module are imported only when it runs (or shows its help), so `cil --help` loads none of
 * them. Actions store the exit code in `state.exitCode`.
 */
export function buildProgram(io, state) {
    const program = new Command('cil')
        .description("Civic Innovation Labs' records in git: audited, reported and reviewed.")
        .version(cilVersion(), '-V, --version', 'print the version of cil')
        .option('-C, --repo <dir>', 'the network repo (default: the nearest folder upwards holding cil.yaml)')
        .option('--no-color', 'plain text output, without colour')
        .option('--as-of <YYYY-MM-DD>', 'judge dates as if today were this day', parseDate)
        .option('--debug', 'print stack traces of unexpected errors')
        .showSuggestionAfterError(true)
        // Each command's help lists the global options it honours (-C, --as-of...).
        .configureHelp({ showGlobalOptions: true })
        .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
        // Usage errors read like the tool's other errors: one line, with where to look.
        outputError: (text, write) => write(`cil: ${text.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()} (see \`cil --help\`)\n`),
    })
        .exitOverride();
    const context = { io, state };
    for (const group of GROUPS)
        lazyGroup(program, group, context);
    declareHelp(program);
    answerUnknownCommands(program, state);
    return program;
}
/** A group by its name and description, whose commands its own file declares when it runs or shows its help. */
function lazyGroup(program, group, context) {
    const command = program.command(group.name, { hidden: group.hidden === true }).description(group.description);
    const { argument } = group;
    if (argument)
        command.addArgument(new Argument(argument.name, argument.help).choices(argument.choices));
    const own = whenNeeded(command, async () => {
        (await group.declare())(command, context);
        if (command.commands.length > 0) {
            declareHelp(command);
            answerUnknownCommands(command, context.state);
        }
        // A command of its own (`cil audit`) declares its options when it is needed, as a group's commands do.
        const next = loaderOf(command);
        if (next !== own)
            await next?.();
    });
}
/**
 * A name that is no command of a group (`cil member lis`, `cil partner`) is a usage error
 * (exit 2) that lists the group's commands, with the nearest as a suggestion; a group named
 * alone shows its help.
 */
function answerUnknownCommands(group, state) {
    const names = group.commands.map((command) => command.name()).filter((name) => name !== 'help' && !name.startsWith('__'));
    group.allowExcessArguments(true).action(async () => {
        const [name] = group.args;
        const where = group.parent ? `cil ${group.name()}` : 'cil';
        if (name === undefined) {
            group.outputHelp({ error: true });
            state.exitCode = 2;
            return;
        }
        // Loaded only here: `cil --help` and every command that exists never need it.
        const { distance } = await import('fastest-levenshtein');
        const close = (candidate) => distance(candidate, name) <= Math.max(1, Math.floor(candidate.length / 3)) || swapped(candidate, name);
        const near = names.find(close);
        const suggestion = near === undefined ? '' : ` (did you mean \`${near}\`?)`;
        group.error(`${where} has no command \`${name}\`${suggestion}; its commands are ${names.join(', ')}`, { exitCode: 2, code: 'cil.unknownCommand' });
    });
    for (const command of group.commands)
        if (command.commands.length > 0)
            answerUnknownCommands(command, state);
}
/**
 * `cil help [command...]`, on the program and on each group: commander's own help command
 * would show a command's help without the options that are declared when it runs.
 */
function declareHelp(parent) {
    const groups = parent.commands.filter((command) => command.commands.length > 0);
    parent
        .helpCommand(false)
        .command('help')
        .description('display help for a command')
        .argument('[command...]', 'the command, like `member add`')
        .action(async (names) => {
        let command = parent;
        for (const name of names) {
            const next = command.commands.find((candidate) => candidate.name() === name);
            if (!next)
                command.error(`unknown command '${name}'`);
            else
                command = next;
            await loadDeclaration(command);
        }
        command.help();
    });
    for (const group of groups)
        declareHelp(group);
}
/** Whether two words differ by two neighbouring letters swapped (`lsit` for `list`), a typing slip edit distance counts twice. */
function swapped(word, typed) {
    if (word.length !== typed.length)
        return false;
    const differ = [...word].flatMap((letter, index) => (letter === typed[index] ? [] : [index]));
    const [first, second] = differ;
    if (differ.length !== 2 || first === undefined || second !== first + 1)
        return false;
    return word[first] === typed[second] && word[second] === typed[first];
}
