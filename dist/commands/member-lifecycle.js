import { isMap, isScalar, isSeq } from 'yaml';
import { CliError } from '../errors.js';
import { activeOn, currentWarnings } from '../handbook/membership.js';
import { argument, choice, flag, text } from '../prompt/fields.js';
import { bySchema, dateOrToday, knownMembers, memberChoices } from '../prompt/record-fields.js';
import { editYaml, setKey } from '../write/edit-record.js';
import { openLab, recordToEdit } from '../write/open-lab.js';
import { writingCommand } from '../write/writing-command.js';
const ARGUMENTS = { lab: argument("the lab's id"), member: argument("the member's id") };
export function openMember(lab, id, options) {
    const opened = openLab(options, lab);
    const file = recordToEdit(opened.lab.members, id, `there is no member \`${id}\` in lab ${lab}; the lab's members are in ${opened.lab.dir}/members/`);
    return { ...opened, id, path: file.path, text: file.text, member: file.record };
}
/** The day of the step: today unless given, and never before `after` (the day they joined, or were offboarded). */
function dateOf(question, after, what) {
    return {
        ...dateOrToday(question, 'member', ['joined']),
        check(value, _given, { member }) {
            const since = after(member);
            return bySchema('member', ['joined'])(value) ?? (since !== undefined && value < since ? `${value} is before ${what} (${since})` : undefined);
        },
    };
}
const reasonField = (question, path) => text({ question, valueName: 'text', required: true, check: bySchema('member', path) });
/** The edited member record, written in place, with the lab's documents refreshed. */
function editMember(opened, verb, edit, notes = []) {
    return {
        root: opened.root,
        files: [{ path: opened.path, text: editYaml(opened.path, opened.text, edit), replaces: true }],
        refreshLab: opened.lab.id,
        message: `${verb} member ${opened.member.name} of lab ${opened.lab.id}`,
        notes,
        // A lead who goes leaves the lab without one until another is named: the note says so.
        brings: isLead(opened) ? ['lab-has-lead'] : [],
    };
}
function refuseUnlessActive(opened, doing) {
    const { member, id } = opened;
    if (member.status !== 'active')
        throw new CliError(`${member.name} (${id}) is ${member.status}; only an active member can be ${doing}`);
    return opened;
}
/** `cil member warn <lab> <member> --reason [--date]`: a formal warning, as the handbook gives for inactivity. */
export const memberWarn = writingCommand({
    arguments: ARGUMENTS,
    switches: {},
    fields: {
        reason: reasonField('Reason for the warning', ['warnings', 0, 'reason']),
        date: dateOf('Date of the warning', (member) => member.joined, 'the day they joined'),
    },
    open: ({ lab, member }, _switches, options) => refuseUnlessActive(openMember(lab, member, options), 'warned'),
    plan: (opened, { reason, date }) => editMember(opened, 'Warn', (record, doc) => append(record, doc, 'warnings', { date, reason }, 'status')),
});
/**
 * `cil member offboard <lab> <member> --reason --handover [--date]`: offboarding after the
 * handbook's warnings; refused (exit 1) before `warnings_before_offboarding` of them unless `--force`.
 */
export const memberOffboard = writingCommand({
    arguments: ARGUMENTS,
    switches: { force: flag({ question: "Offboard before the handbook's warnings were given" }) },
    fields: {
        reason: reasonField('Reason for offboarding', ['offboarded', 'reason']),
        handover: reasonField('Who takes over their work, and how', ['offboarded', 'handover']),
        date: dateOf('Date of offboarding', (member) => member.joined, 'the day they joined'),
    },
    open({ lab, member }, { force }, options) {
        const opened = refuseUnlessActive(openMember(lab, member, options), 'offboarded');
        if (force !== true)
            refuseEarlyOffboarding(opened.member, opened.settings.policy.warnings_before_offboarding);
        return opened;
    },
    plan(opened, { reason, handover, date }) {
        const lead = opened.lab.lab?.record?.leads.includes(opened.id) === true;
        const notes = lead ? [`${opened.member.name} was a lead of lab ${opened.lab.id}: name another lead in ${opened.lab.dir}/lab.yaml.`] : [];
        return editMember(opened, 'Offboard', (record, doc) => {
            setKey(record, doc, 'status', 'offboarded');
            setKey(record, doc, 'offboarded', { date, reason, handover }, 'warnings');
        }, notes);
    },
});
/** `cil member reinstate <lab> <member> --terms [--date]`: a successful appeal, on agreed terms. */
export const memberReinstate = writingCommand({
    arguments: ARGUMENTS,
    switches: {},
    fields: {
        terms: reasonField('Terms agreed for their return', ['reinstated', 0, 'terms']),
        date: dateOf('Date of reinstatement', (member) => member.offboarded?.date, 'the offboarding'),
    },
    open({ lab, member }, _switches, options) {
        const opened = openMember(lab, member, options);
        if (opened.member.status !== 'offboarded') {
            throw new CliError(`${opened.member.name} (${opened.id}) is ${opened.member.status}, not offboarded; only an offboarded member is reinstated`);
        }
        return opened;
    },
    plan: (opened, { terms, date }) => editMember(opened, 'Reinstate', (record, doc) => {
        setKey(record, doc, 'status', 'active');
        append(record, doc, 'reinstated', { date, terms }, 'offboarded');
    }),
});
/** Whether the member opened is one of the lab's leads. */
const isLead = ({ lab, id }) => lab.lab?.record?.leads.includes(id) === true;
/**
 * `cil member leave <lab> <member> [--date] [--reason] [--new-lead]`: a member leaves of
 * their own accord. It is no sanction, so no warnings are asked for: they become alumni and
 * their roles end that day. The handbook asks a lead who steps down to find a replacement,
 * so a leaving lead is asked who leads now; without one, the lab is left without a lead,
 * and `lab-has-lead` says so until one is named.
 */
export const memberLeave = writingCommand({
    arguments: ARGUMENTS,
    switches: {},
    fields: {
        date: dateOf('Date they left', (member) => member.joined, 'the day they joined'),
        reason: text({ question: 'Why they left (kept in their record, never shown in reports)', valueName: 'text', check: bySchema('member', ['left', 'reason']) }),
        newLead: choice({
            question: 'Who leads the lab now',
            help: 'the active member who leads the lab in their place, when a lead leaves',
            valueName: 'member',
            choices: (_given, opened) => memberChoices(opened.lab).filter((entry) => entry.value !== opened.id),
            check: (value, given, opened) => newLeadProblem(value, given, opened),
            when: (_given, opened) => isLead(opened),
        }),
    },
    open: ({ lab, member }, _switches, options) => refuseUnlessActive(openMember(lab, member, options), 'recorded as leaving'),
    plan(opened, { date, reason, newLead }) {
        const { member, lab } = opened;
        const left = edited(opened, (record, doc) => leave(record, doc, date, reason));
        const handover = isLead(opened) ? handOverLead(opened, date, newLead) : { files: [], notes: [] };
        const successor = newLead === undefined ? '' : `, with ${lab.members.get(newLead)?.record?.name ?? newLead} as lead`;
        return {
            root: opened.root,
            files: [left, ...handover.files],
            refreshLab: lab.id,
            message: `Record that member ${member.name} left lab ${lab.id}${successor}`,
            notes: handover.notes,
            brings: newLead === undefined ? ['lab-has-lead'] : [],
        };
    },
});
/**
 * A leaving lead's place in lab.yaml: taken by the new lead, or given up when others lead
 * too. lab.yaml requires a lead, so the last one stays listed until another is named, and
 * `lab-has-lead` reports the lab as having none.
 */
function handOverLead({ lab, id, member }, date, newLead) {
    const file = lab.lab;
    if (!file?.record || file.text === undefined)
        return { files: [], notes: [] };
    const { path, text } = file;
    const leads = [...file.record.leads.filter((lead) => lead !== id), ...(newLead === undefined ? [] : [newLead])];
    const files = leads.length === 0 ? [] : [edited({ path, text }, (record, doc) => replaceLead(record, doc, id, newLead))];
    const led = leads.some((lead) => {
        const other = lab.members.get(lead)?.record;
        return other?.status === 'active' && activeOn(other, date);
    });
    const notes = led ? [] : [`${member.name} was the last active lead of lab ${lab.id}, which now has no lead: name one in ${path}'s \`leads\` (the audit reports it until then).`];
    return { files, notes };
}
/** A record's file, edited in place. */
function edited({ path, text }, edit) {
    return { path, text: editYaml(path, text, edit), replaces: true };
}
/** Why a member cannot take over as lead, if they cannot. */
function newLeadProblem(value, given, opened) {
    if (!isLead(opened))
        return `${opened.member.name} is not a lead of lab ${opened.lab.id}, so nobody takes over from them as lead`;
    if (value === opened.id)
        return `${opened.member.name} is the one leaving; name another member`;
    const unknown = knownMembers(opened.lab, value);
    if (unknown)
        return unknown;
    const successor = opened.lab.members.get(value)?.record;
    const day = typeof given.date === 'string' ? given.date : opened.today;
    if (!successor || successor.status !== 'active' || !activeOn(successor, day))
        return `${successor?.name ?? value} is not an active member of lab ${opened.lab.id}; name one who is`;
    return undefined;
}
/** The member's record once they left: alumni, their open roles ended on the day, and `left`. */
function leave(record, doc, date, reason) {
    setKey(record, doc, 'status', 'alumni');
    const roles = record.get('roles', true);
    if (isSeq(roles)) {
        for (const role of roles.items) {
            if (isMap(role) && !role.has('until'))
                role.set('until', doc.createNode(date));
        }
    }
    setKey(record, doc, 'left', reason === undefined ? { date } : { date, reason }, 'status');
}
/** lab.yaml's `leads` with the leaving lead replaced by the new one, or left out. */
function replaceLead(record, doc, leaving, newLead) {
    const leads = record.get('leads', true);
    if (!isSeq(leads))
        return;
    const ids = leads.items.map((item) => (isScalar(item) ? String(item.value) : ''));
    const index = ids.indexOf(leaving);
    if (newLead === undefined || ids.includes(newLead))
        leads.items.splice(index, 1);
    else
        leads.items.splice(index, 1, doc.createNode(newLead));
}
/** The handbook offboards after formal warnings; before them it takes --force, and says why not. */
function refuseEarlyOffboarding(member, needed) {
    const warnings = currentWarnings(member).length;
    if (warnings >= needed)
        return;
    throw new CliError(`${member.name} has had ${warnings} formal warning${warnings === 1 ? '' : 's'} and the handbook asks for ${needed} before offboarding; nothing was written. Give a warning with \`cil member warn\`, or add --force when there is a reason to offboard now`, 1);
}
/** Appends an entry to a list of the record, making the list (after `after`) when there is none. */
function append(record, doc, key, entry, after) {
    const list = record.get(key, true);
    if (isSeq(list))
        list.items.push(doc.createNode(entry));
    else if (!isMap(list))
        setKey(record, doc, key, [entry], after);
}
