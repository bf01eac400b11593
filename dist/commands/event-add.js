import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatDay } from '../calendar/format.js';
import { headCount } from '../handbook/membership.js';
import { attendanceProblem, happened, notYetHappened } from '../prompt/attendance.js';
import { argument, choice, choices, flag, flagOf, integer, text, texts } from '../prompt/fields.js';
import { bySchema, dateField, labDateOrToday, enumChoices, givenList, givenText, idField, idNote, knownMembers, knownPartners, memberChoices, partnerChoices, } from '../prompt/record-fields.js';
import { asksQuestions } from '../prompt/gather.js';
import { terminalPrompter } from '../prompt/prompter.js';
import { openLab } from '../write/open-lab.js';
import { recordToYaml } from '../write/record-yaml.js';
import { presentOn, readAttendance, settleAmbiguous } from '../write/sheet-attendance.js';
import { writingCommand } from '../write/writing-command.js';
/** The members the sign-in sheet found (or a terminal settled), present before any question. */
const fromSheet = ({ attendance, settled }) => [...(attendance?.match.present ?? []), ...(settled ?? [])].map(({ id }) => id);
const eventPath = ({ lab }, date, id) => `${lab.dir}/events/${date}-${id}.yaml`;
// A head count defaults to the sign-in sheet's: shown on a terminal, replaced by its flag. It is
// asked only once the event has happened.
const countField = (question, key) => integer({
    question,
    valueName: 'n',
    default: (_given, opened) => opened.attendance?.match.counts?.[key],
    check: (value, given, opened) => notYetHappened(given, opened, flagOf(key), 'audience') ?? bySchema('event', ['audience', key])(value),
    when: happened,
});
const eventDate = labDateOrToday('Date of the event', 'event', ['date']);
/** `cil event add <lab>`: an event with attendance and head counts, by flag or by prompt. */
export const eventAdd = writingCommand({
    arguments: { lab: argument("the lab's id") },
    switches: {
        force: flag({ question: 'Replace an event record that exists' }),
        attendanceFrom: text({
            question: 'Sign-in sheet to take attendance and head counts from',
            help: 'a sign-in sheet saved as CSV: members on it are present, everyone is counted; contact columns are dropped',
            valueName: 'sheet.csv',
        }),
    },
    fields: {
        title: text({ question: "The event's title", valueName: 'title', required: true, check: bySchema('event', ['title']) }),
        kind: choice({ question: 'Kind of event', required: true, default: 'meetup', choices: enumChoices('eventKind'), check: bySchema('event', ['kind']) }),
        date: {
            ...eventDate,
            check: (day, given, opened) => eventDate.check?.(day, given, opened) ?? signedTooSoon(day, opened),
        },
        starts: text({ question: 'Starts at (HH:MM, local time; Enter: all day)', help: 'when it starts, HH:MM in the network\'s time zone (default: all day)', valueName: 'HH:MM', check: bySchema('event', ['starts']) }),
        ends: text({
            question: 'Ends at (HH:MM, local time)',
            help: 'when it ends, HH:MM in the network\'s time zone (on --until\'s day for an event over several days)',
            valueName: 'HH:MM',
            when: (given) => givenText(given, 'starts') !== '',
            check: (value, given) => bySchema('event', ['ends'])(value) ?? endsProblem(value, given),
        }),
        until: dateField('Last day, for an event over several days', 'event', ['until'], {
            check: (day, given) => bySchema('event', ['until'])(day) ?? (day < givenText(given, 'date') ? `${day} is before the event's date ${givenText(given, 'date')}; --until is its last day` : undefined),
        }),
        id: idField({
            from: 'title',
            what: 'event',
            example: 'open-data-meetup',
            // The file name is <date>-<id>, and ids are at most 64 characters.
            maxLength: 64 - 11,
            taken: (id, given, opened) => {
                const path = eventPath(opened, givenText(given, 'date'), id);
                return !opened.force && existsSync(join(opened.root, path)) ? `${path} already exists; choose another id` : undefined;
            },
        }),
        venue: text({ question: 'Venue (or platform, when online)', valueName: 'venue', check: bySchema('event', ['venue']) }),
        online: flag({ question: 'Was it held online?', help: 'it was held online' }),
        organizers: choices({
            question: 'Organizers',
            help: 'member ids of the organizers, separated by commas',
            valueName: 'ids',
            choices: (_given, { lab }) => memberChoices(lab),
            check: (value, _given, { lab }) => knownMembers(lab, value) ?? bySchema('event', ['organizers'])(value),
        }),
        present: choices({
            question: 'Members present',
            help: 'member ids of those present (with --attendance-from: besides those on the sheet)',
            valueName: 'ids',
            // Members of the lab that day are offered, but not those the sign-in sheet found present already.
            choices: (given, opened) => membersOn(given, opened).filter((choice) => !fromSheet(opened).includes(choice.value)),
            check: (value, given, opened) => attendanceProblem(value, given, opened, 'present') ?? knownMembers(opened.lab, value) ?? bySchema('event', ['attendance', 'present'])(value),
            when: happened,
        }),
        excused: choices({
            question: 'Members absent with notice',
            help: 'member ids of those absent with notice',
            valueName: 'ids',
            choices: (given, opened) => membersOn(given, opened).filter((choice) => ![...givenList(given, 'present'), ...fromSheet(opened)].includes(choice.value)),
            check: (value, given, opened) => attendanceProblem(value, given, opened, 'excused')
                ?? knownMembers(opened.lab, value)
                ?? presentAndExcused(value, given, opened)
                ?? bySchema('event', ['attendance', 'excused'])(value),
            when: happened,
        }),
        citizens: countField('Citizens who came', 'citizens'),
        technologists: countField('Technologists who came', 'technologists'),
        government: countField('Government officials who came', 'government'),
        women: integer({
            question: 'Women among everyone who came',
            valueName: 'n',
            default: (_given, opened) => opened.attendance?.match.women,
            check: (value, given, opened) => notYetHappened(given, opened, '--women', 'audience') ?? bySchema('event', ['audience', 'women'])(value) ?? moreWomenThanPeople(value, given),
            when: happened,
        }),
        partners: choices({
            question: 'Partners who took part',
            help: 'partner ids who took part',
            valueName: 'ids',
            choices: (_given, { lab }) => partnerChoices(lab),
            check: (value, _given, { lab }) => knownPartners(lab, value),
        }),
        citizensMet: choices({
            question: 'Active citizens the lab met there',
            help: "ids of the lab's active citizens it met there",
            valueName: 'ids',
            choices: (_given, { lab }) => citizenChoices(lab),
            check: (value, _given, { lab }) => knownCitizens(lab, value),
            when: (_given, { lab }) => lab.citizens.size > 0,
        }),
        takeaway: texts({ question: 'Takeaway', help: 'a takeaway (repeat for more)', valueName: 'text', check: bySchema('event', ['takeaways']) }),
    },
    open: ({ lab }, { force, attendanceFrom }, options) => openEvent(lab, force === true, attendanceFrom, options),
    async plan(opened, answers) {
        const { excused, citizens, technologists, government, women } = answers;
        // Without a terminal, the sheet's rows that may be one of several members are settled by --present, or refused.
        const sheet = await sheetPresent(opened, answers.present ?? [], answers.date);
        const present = sheet ? union(answers.present, sheet.present) : answers.present;
        const audience = { citizens, technologists, government, women };
        const event = {
            title: answers.title,
            kind: answers.kind,
            date: answers.date,
            starts: answers.starts,
            ends: answers.ends,
            until: answers.until === answers.date ? undefined : answers.until,
            online: answers.online === true ? true : undefined,
            venue: answers.venue,
            organizers: answers.organizers,
            partners: answers.partners,
            attendance: present || excused ? { present, excused } : undefined,
            audience: Object.values(audience).some((count) => count !== undefined) ? audience : undefined,
            citizens_met: answers.citizensMet,
            takeaways: answers.takeaway,
        };
        return {
            root: opened.root,
            files: [{ path: eventPath(opened, answers.date, answers.id), text: recordToYaml(event), replaces: opened.force }],
            refreshLab: opened.lab.id,
            notes: [idNote(answers.title, answers.id, 'event'), ...(sheet?.notes ?? [])].filter((note) => note !== undefined),
            message: `Record event ${event.title} (${event.date}) of lab ${opened.lab.id}${sheet ? `, attendance from ${sheet.file}` : ''}`,
        };
    },
});
/** The members of the lab on the event's date, as choices. */
const membersOn = (given, { lab }) => memberChoices(lab, givenText(given, 'date'));
/** A sign-in sheet is of an event that has happened: nobody signs in to one still to come (the audit's `not-yet-happened`). */
function signedTooSoon(day, { attendance, today }) {
    if (attendance === undefined || day <= today)
        return undefined;
    return `the event of ${formatDay(day)} has not happened yet, so nobody can have signed ${attendance.sheet.file}; give --attendance-from after it, or correct --date`;
}
/**
 * An event ends after it starts: `ends` without `starts` has nothing to end, and on an event
 * of one day it is later than `starts` (the audit's `event-times`, as it is typed).
 */
function endsProblem(ends, given) {
    const [starts, date, until] = [givenText(given, 'starts'), givenText(given, 'date'), givenText(given, 'until')];
    if (starts === '')
        return 'an end needs a start: give --starts too';
    if (until !== '' && until !== date)
        return undefined;
    return ends > starts ? undefined : `${ends} is not after its start ${starts}; give --until for an event over several days`;
}
/** Women are counted among the citizens, technologists and officials who came: never more than all of them. */
function moreWomenThanPeople(women, given) {
    const count = (key) => (typeof given[key] === 'number' ? given[key] : undefined);
    const people = headCount({ citizens: count('citizens'), technologists: count('technologists'), government: count('government') });
    if (women <= people)
        return undefined;
    return `${women} women is more than the ${people} people counted; women are counted among the citizens, technologists and government officials who came, so give those counts too`;
}
function presentAndExcused(value, given, opened) {
    const present = new Set(givenList(given, 'present'));
    const both = value.find((id) => present.has(id));
    if (both !== undefined)
        return `\`${both}\` is also listed as present; a member is either present or excused`;
    const signed = value.find((id) => fromSheet(opened).includes(id));
    const file = opened.attendance?.sheet.file;
    return signed === undefined ? undefined : `\`${signed}\` signed ${file} and is present; a member is either present or excused`;
}
/** Opens the lab, and the sign-in sheet when one is given. */
async function openEvent(lab, force, attendanceFrom, options) {
    return withSheet({ ...openLab(options, lab), force }, attendanceFrom, options);
}
/**
 * What a command opened, with the sign-in sheet given to it (`event add`, `event edit`). On
 * a terminal, the sheet's rows that may be one of several members are asked about at once,
 * before the other questions; without one, they are settled by --present or refused when
 * the plan is made (`sheetPresent`).
 */
export async function withSheet(opened, attendanceFrom, options) {
    if (attendanceFrom === undefined)
        return opened;
    const attendance = readAttendance(options.cwd, opened.root, attendanceFrom, opened.lab);
    if (!asksQuestions(options))
        return { ...opened, attendance };
    const asking = attendance.match.ambiguous.length > 0;
    const settled = asking ? await settleAmbiguous(attendance, [], options.prompter ?? (await terminalPrompter(options.io))) : [];
    const found = [...attendance.match.present, ...settled].map(({ id }) => id);
    // The members the sheet found are not offered again among those present: say who they are.
    if (found.length > 0)
        options.io.stderr.write(`Present from ${attendanceFrom}: ${found.join(', ')}\n`);
    return { ...opened, attendance, settled };
}
/**
 * The members a sign-in sheet marks present at an event on `date`, with its notes: rows
 * settled on a terminal already, or else by the members `known` present (--present).
 */
export async function sheetPresent(opened, known, date) {
    const { attendance } = opened;
    if (!attendance)
        return undefined;
    const settled = opened.settled ?? (await settleAmbiguous(attendance, known, undefined));
    return { ...presentOn(attendance, settled, opened.lab, date), file: basename(attendance.sheet.file) };
}
const union = (first, second) => {
    const all = [...new Set([...(first ?? []), ...second])];
    return all.length > 0 ? all : undefined;
};
/** The lab's active citizens as choices, by name. */
export function citizenChoices(lab) {
    return [...lab.citizens.entries()].flatMap(([id, file]) => (file.record?.status === 'active' ? [{ name: `${file.record.name} (${id})`, value: id }] : []));
}
/** Why ids are not all citizens of the lab, if they are not. */
export function knownCitizens(lab, ids) {
    const unknown = ids.find((id) => !lab.citizens.has(id));
    return unknown === undefined ? bySchema('event', ['citizens_met'])(ids) : `\`${unknown}\` is not a citizen of lab ${lab.id}; the lab's citizens are in ${lab.dir}/citizens/ (\`cil citizen add\` adds one)`;
}
