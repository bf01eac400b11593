import { listCommand, writeCommand } from './declare.js';
/** `cil citizen add|edit|list`: the local active citizens a lab meets, listed with their consent. */
export function declareCitizen(citizen, context) {
    const add = () => import('../commands/citizen-add.js');
    writeCommand(citizen, 'add', 'add an active citizen who agreed to be listed', context, async () => (await add()).citizenAdd);
    writeCommand(citizen, 'edit', "change a citizen's name, area, interests, consent date, where the lab met them or status", context, async () => (await import('../commands/citizen-edit.js')).citizenEdit);
    listCommand(citizen, 'list', "a lab's active citizens (or every lab's), with the last event the lab met them at", context, async () => (await import('../commands/citizen-list.js')).citizenList);
}
