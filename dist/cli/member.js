import { listCommand, writeCommand } from './declare.js';
/** `cil member add|list|edit|warn|offboard|reinstate|leave`: a member's record and life cycle, as the handbook defines it. */
export function declareMember(member, context) {
    const lifecycle = () => import('../commands/member-lifecycle.js');
    writeCommand(member, 'add', 'add a member to a lab', context, async () => (await import('../commands/member-add.js')).memberAdd);
    listCommand(member, 'list', "a lab's members (or every lab's): active ones, everyone with --all", context, async () => (await import('../commands/member-list.js')).memberList);
    writeCommand(member, 'edit', "change a member's name, GitHub user, gender, hours, skills or roles", context, async () => (await import('../commands/member-edit.js')).memberEdit);
    writeCommand(member, 'warn', 'record a formal warning (the handbook: after missed meetings without notice)', context, async () => (await lifecycle()).memberWarn);
    writeCommand(member, 'offboard', "offboard a member after the handbook's warnings, with a handover (--force before them)", context, async () => (await lifecycle()).memberOffboard);
    writeCommand(member, 'reinstate', 'reinstate an offboarded member after an appeal, on agreed terms', context, async () => (await lifecycle()).memberReinstate);
    writeCommand(member, 'leave', 'record that a member left of their own accord (no sanction); a leaving lead names the next', context, async () => (await lifecycle()).memberLeave);
}
