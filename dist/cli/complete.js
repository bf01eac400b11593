import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { isSlug } from '../text/slug.js';
import { optionChoices } from './declare.js';
import { loadDeclaration } from './lazy.js';
// Shell completion: the shell hands `cil __complete -- <words>` the words typed so far
// (the last one being completed, possibly empty), and prints one candidate a line. The
// candidates come from the command declarations (commands, flags, the choices of a flag's
// value) and, where an argument names a lab, member, event, project or partner, from the
// repository the command would run on.
/** The candidates for the last of `words`, the words after `cil` on the command line. */
export async function complete(program, words, cwd) {
    const current = words.at(-1) ?? '';
    const typed = words.slice(0, -1);
    let command = program;
    const positionals = [];
    let repo;
    let pending;
    for (const word of typed) {
        if (pending) {
            if (pending.long === '--repo')
                repo = word;
            pending = undefined;
        }
        else if (word.startsWith('-')) {
            const option = findOption(command, word);
            if (option && takesValue(option) && !word.includes('='))
                pending = option;
        }
        else {
            const sub = positionals.length === 0 ? visibleCommands(command).find((candidate) => candidate.name() === word) : undefined;
            if (sub) {
                command = sub;
                await loadDeclaration(sub);
            }
            else
                positionals.push(word);
        }
    }
    const matching = (candidates) => candidates.filter((candidate) => candidate.startsWith(current));
    if (pending)
        return matching(valueChoices(pending));
    if (current.startsWith('-'))
        return matching(optionsOf(command));
    if (positionals.length === 0 && command.commands.length > 0)
        return matching(visibleCommands(command).map((sub) => sub.name()));
    const declared = command.registeredArguments;
    const argument = declared[positionals.length] ?? (declared.at(-1)?.variadic ? declared.at(-1) : undefined);
    return argument ? matching(argument.argChoices ?? idsFor(argument.name(), positionals, cwd, repo)) : [];
}
const visibleCommands = (command) => command.commands.filter((sub) => !sub.name().startsWith('__') && sub.name() !== 'help');
const takesValue = (option) => option.required || option.optional;
/** The option a word names, on the command or a command above it (`-C` is the program's). */
function findOption(command, word) {
    const flag = word.split('=')[0];
    for (let at = command; at; at = at.parent) {
        const option = at.options.find((candidate) => candidate.long === flag || candidate.short === flag);
        if (option)
            return option;
    }
    return undefined;
}
/** Every long flag the command takes, its own and the global ones, `--help` included. */
function optionsOf(command) {
    const flags = new Set();
    for (let at = command; at; at = at.parent) {
        for (const option of at.options)
            if (option.long && !option.hidden)
                flags.add(option.long);
    }
    flags.add('--help');
    return [...flags];
}
function valueChoices(option) {
    return option.argChoices ?? optionChoices.get(option)?.() ?? [];
}
/** The ids an argument names: labs, or the records of the lab given before it. Nothing outside a network repo. */
function idsFor(name, positionals, cwd, repo) {
    let root;
    try {
        root = findNetworkRoot(cwd, repo);
    }
    catch {
        return [];
    }
    const labs = join(root, 'labs');
    if (name === 'lab' || name === 'labs')
        return names(labs).filter((id) => existsSync(join(labs, id, 'lab.yaml')));
    const lab = positionals[0];
    if (lab === undefined || !isSlug(lab))
        return [];
    const folder = RECORD_FOLDERS_OF[name];
    if (folder)
        return names(join(labs, lab, folder)).filter((file) => file.endsWith('.yaml')).map((file) => file.slice(0, -'.yaml'.length));
    if (name !== 'partner')
        return [];
    // Partners are recorded in lab.yaml: this lab's alone is read.
    const network = loadNetwork(root, { labs: [lab] });
    return (network.labs.get(lab)?.lab?.record?.partners ?? []).map((partner) => partner.id);
}
const RECORD_FOLDERS_OF = { member: 'members', citizen: 'citizens', event: 'events', project: 'projects', report: 'reports' };
function names(folder) {
    try {
        return readdirSync(folder).sort();
    }
    catch {
        return [];
    }
}
