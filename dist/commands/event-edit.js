import { existsSync } from 'node:fs';
import { CliError } from '../errors.js';
import { basename, join } from 'node:path';
import { attendanceProblem } from '../prompt/attendance.js';
import { argument, choice, choices, flag, text, texts } from '../prompt/fields.js';
import { editing, sameValue } from '../prompt/edit-fields.js';
import { bySchema, givenList, knownMembers, memberChoices } from '../prompt/record-fields.js';
import { propertyOrder } from '../schema/property-order.js';
import { editYaml } from '../write/edit-record.js';
import { attendanceChanges, mergeAttendance, writeAttendance } from '../write/event-attendance.js';
import { openLab, recordToEdit } from '../write/open-lab.js';
import { removeKey, setEdited, setInOrder } from '../write/record-keys.js';
import { writingCommand } from '../write/writing-command.js';
import { eventAdd, sheetPresent, withSheet } from './event-add.js';
const DATED = /^\d{4}-\d{2}-\d{2}-/;
const { title, kind, date, starts, ends, until, venue, organizers, partners, citizensMet, present, excused, takeaway } = eventAdd.fields;
const { citizens, technologists, government, women } = eventAdd.fields;
/**
 * Opens an event by its id (its file name: `2026-11-07-launch-meetup`), or by the name after
 * the date when only one event of the lab has it (`launch-meetup`).
 */
function openEvent(labId, given, options) {
    const opened = openLab(options, labId);
    const ids = [...opened.lab.events.keys()];
    const undated = ids.filter((id) => id.replace(DATED, '') === given);
    const id = ids.includes(given) || undated.length !== 1 ? given : undated[0];
    const several = undated.length > 1 ? `; several events are named so: ${undated.join(', ')}, so give the whole id` : '';
    const missing = `there is no event \`${given}\` in lab ${labId}${several || `; \`cil event list ${labId}\` lists its events (ids are file names, like 2026-11-07-launch-meetup)`}`;
    const file = recordToEdit(opened.lab.events, id, missing);
    return { ...opened, path: file.path, text: file.text, event: file.record, slug: id.replace(DATED, ''), force: false };
}
const eventPath = ({ lab, slug }, day) => `${lab.dir}/events/${day}-${slug}.yaml`;
/** A member list of the attendance given only by flag (`--add-present`): on a terminal, the whole list is asked instead. */
const memberIds = (question, help, check) => choices({
    question,
    help,
    valueName: 'ids',
    choices: (_given, { lab }) => memberChoices(lab),
    check: (value, given, opened) => knownMembers(opened.lab, value) ?? check?.(value, given, opened),
    when: () => false,
});
/** A head count as a sign-in sheet gives it, or else as recorded. */
const recordedOrSheet = (key) => ({ event, attendance }) => attendance?.match.counts?.[key] ?? event.audience?.[key];
/** Refuses to remove from a list someone who is not on it. */
const onList = (key) => (value, given, { event }) => {
    const list = given[key] === undefined ? (event.attendance?.[key] ?? []) : givenList(given, key);
    const absent = value.find((id) => !list.includes(id));
    return absent === undefined ? undefined : `\`${absent}\` is not listed as ${key} (${key}: ${list.join(', ') || 'nobody'})`;
};
/**
 * `cil event edit <lab> <event>`: corrects an event: its title, kind, date (which renames
 * its file), venue, organizers, partners, attendance, head counts, takeaways and links.
 */
export const eventEdit = writingCommand({
    arguments: { lab: argument("the lab's id"), event: argument("the event's id (its file name, like 2026-11-07-launch-meetup)") },
    switches: { attendanceFrom: eventAdd.switches.attendanceFrom },
    edits: true,
    fields: {
        title: editing(title, ({ event }) => event.title),
        kind: editing(kind, ({ event }) => event.kind),
        date: editing({ ...date, help: 'date of the event; the file is renamed to start with it', check: (day, given, opened) => date.check?.(day, given, opened) ?? renameProblem(day, opened) }, ({ event }) => event.date),
        starts: editing(starts, ({ event }) => event.starts),
        ends: editing(
        // The times recorded count where no flag changes them.
        {
            ...ends,
            when: () => true,
            check: (value, given, { event }) => ends.check?.(value, { ...event, ...given }, undefined),
        }, ({ event }) => event.ends),
        until: editing({ ...until, help: 'the last day of an event over several days (its own date makes it an event of one day)' }, ({ event }) => event.until),
        allDay: flag({ question: 'Make it an all-day event', help: 'take its start and end off: an all-day event', when: () => false }),
        venue: editing(venue, ({ event }) => event.venue),
        // yes or no, not a switch as when adding: an edit may say that an event was not online after all.
        online: editing(choice({ question: 'Was it held online?', help: 'whether it was held online', valueName: 'yes|no', choices: ['yes', 'no'] }), ({ event }) => (event.online === true ? 'yes' : 'no')),
        description: editing(text({ question: 'A few words on what happened', valueName: 'text', check: bySchema('event', ['description']) }), ({ event }) => event.description),
        organizers: editing(organizers, ({ event }) => event.organizers),
        partners: editing(partners, ({ event }) => event.partners),
        citizensMet: editing(citizensMet, ({ event }) => event.citizens_met),
        present: editing({ ...present, help: 'member ids of those present: the whole list (or --add-present, --remove-present)' }, ({ event }) => event.attendance?.present),
        addPresent: memberIds('Members present, besides those listed', 'member ids of more members present (taken off the excused)', (value, given, opened) => attendanceProblem(value, given, opened, 'present', '--add-present')),
        removePresent: memberIds('Members not present after all', 'member ids to take off the present', onList('present')),
        excused: editing({
            ...excused,
            help: 'member ids of those absent with notice: the whole list (or --add-excused, --remove-excused)',
            check: (value, given, opened) => attendanceProblem(value, given, opened, 'excused') ?? knownMembers(opened.lab, value) ?? bySchema('event', ['attendance', 'excused'])(value),
        }, ({ event }) => event.attendance?.excused),
        addExcused: memberIds('Members absent with notice, besides those listed', 'member ids of more members absent with notice (taken off the present)', (value, given, opened) => attendanceProblem(value, given, opened, 'excused', '--add-excused')),
        removeExcused: memberIds('Members not excused after all', 'member ids to take off the excused', onList('excused')),
        // A sign-in sheet's head counts replace those recorded, unless a flag gives one.
        citizens: editing(citizens, recordedOrSheet('citizens')),
        technologists: editing(technologists, recordedOrSheet('technologists')),
        government: editing(government, recordedOrSheet('government')),
        women: editing(women, ({ event, attendance }) => attendance?.match.women ?? event.audience?.women),
        takeaway: editing({ ...takeaway, help: 'a takeaway (repeat for more); the takeaways given replace those recorded' }, ({ event }) => event.takeaways),
        link: editing(texts({ question: 'Link to photos, slides, a recording or a write-up', help: 'a link (repeat for more); the links given replace those recorded', valueName: 'url', check: bySchema('event', ['links']) }), ({ event }) => event.links),
    },
    open: ({ lab, event }, { attendanceFrom }, options) => withSheet(openEvent(lab, event, options), attendanceFrom, options),
    async plan(opened, answers) {
        const { event } = opened;
        const { citizens, technologists, government, women } = answers;
        // A list as recorded is no list given: the other list's changes may move members out of it.
        // Those recorded keep their order (a checklist on a terminal lists members in its own).
        const changed = (list, key) => {
            const recorded = event.attendance?.[key] ?? [];
            const ordered = list && [...recorded.filter((id) => list.includes(id)), ...list.filter((id) => !recorded.includes(id))];
            return sameValue(ordered, event.attendance?.[key]) ? undefined : ordered;
        };
        const lists = { present: changed(answers.present, 'present'), excused: changed(answers.excused, 'excused') };
        // The members on a sign-in sheet are added to those present (and taken off the excused).
        const sheet = await sheetPresent(opened, [...(answers.present ?? []), ...(answers.addPresent ?? [])], answers.date);
        const signed = sheet?.present.find((id) => answers.addExcused?.includes(id));
        if (signed !== undefined)
            throw new CliError(`--add-excused: \`${signed}\` signed ${sheet?.file} and is present; a member is either present or excused`);
        const addPresent = sheet ? [...new Set([...(answers.addPresent ?? []), ...sheet.present])] : answers.addPresent;
        const merged = mergeAttendance(event, { ...answers, ...lists, addPresent, audience: { citizens, technologists, government, women } });
        const changes = [];
        const text = editYaml(opened.path, opened.text, (record, doc) => {
            const order = propertyOrder('event');
            const set = (key, value) => {
                const change = setEdited(record, doc, { key, value, recorded: event[key], order });
                if (change)
                    changes.push(change);
            };
            set('title', answers.title);
            set('kind', answers.kind);
            set('date', answers.date);
            // --all-day takes the times off; --until on the event's own day makes it an event of one day.
            const times = {
                starts: answers.allDay === true ? null : answers.starts,
                ends: answers.allDay === true ? null : answers.ends,
                until: answers.until === answers.date ? null : answers.until,
            };
            for (const key of ['starts', 'ends', 'until']) {
                const value = times[key];
                if (value !== null)
                    set(key, value);
                else if (event[key] !== undefined) {
                    removeKey(record, key);
                    changes.push(`${key} ${event[key]} removed`);
                }
            }
            const wasOnline = event.online === true;
            const isOnline = answers.online === undefined ? wasOnline : answers.online === 'yes';
            if (isOnline !== wasOnline) {
                if (isOnline)
                    setInOrder(record, doc, 'online', true, order);
                else
                    removeKey(record, 'online');
                changes.push(isOnline ? 'held online' : 'held in person');
            }
            set('venue', answers.venue);
            set('description', answers.description);
            set('organizers', answers.organizers);
            set('partners', answers.partners);
            set('citizens_met', answers.citizensMet);
            writeAttendance(record, doc, event, merged);
            changes.push(...attendanceChanges(event, merged));
            set('takeaways', answers.takeaway);
            set('links', answers.link);
        });
        const path = eventPath(opened, answers.date);
        const renamed = path !== opened.path;
        return {
            root: opened.root,
            files: [{ path, text, replaces: !renamed }],
            removes: renamed ? [opened.path] : [],
            refreshLab: opened.lab.id,
            notes: [...(renamed ? [`The event's file is renamed to start with its date: ${opened.path} is now ${path}.`] : []), ...(sheet?.notes ?? [])],
            message: `Edit event ${answers.title} (${answers.date}) of lab ${opened.lab.id}: ${[
                ...changes,
                ...(renamed ? [`file renamed to ${basename(path)}`] : []),
                ...(sheet ? [`attendance from ${sheet.file}`] : []),
            ].join('; ')}`,
        };
    },
});
/** A new date names the file anew: refused when an event of that name is there already. */
function renameProblem(day, opened) {
    const path = eventPath(opened, day);
    if (path === opened.path || !existsSync(join(opened.root, path)))
        return undefined;
    return `${path} exists already, so this event cannot be renamed to it; give another date, or edit that event`;
}
