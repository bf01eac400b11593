import { formatDay } from '../calendar/format.js';
import { outsideLabOn, outsideLabWords } from '../handbook/membership.js';
import { givenText } from './record-fields.js';
// Who came to an event and how many, checked against its date as they are given: the audit's
// `not-yet-happened` and `attendance-while-member` rules, in their words, naming the flag.
/** Whether the event (its `date` so far) has happened by today: attendance and head counts are taken only then. */
export const happened = (given, { today }) => givenText(given, 'date') <= today;
/** Why `flag` cannot give attendance (`attendance`) or a head count (`audience`) yet: the event has not happened. */
export function notYetHappened(given, { today }, flag, what) {
    const date = givenText(given, 'date');
    if (date <= today)
        return undefined;
    const nobody = what === 'attendance' ? 'nobody can have been present or excused' : 'nobody can have been counted';
    return `the event of ${formatDay(date)} has not happened yet, so ${nobody}; give ${flag} after it (with \`cil event edit\`), or correct --date`;
}
/**
 * Why members cannot be on an event's attendance `list` (given with `flag`): it has not
 * happened yet, or one of them was not part of the lab that day.
 */
export function attendanceProblem(ids, given, opened, list, flag = `--${list}`) {
    const early = notYetHappened(given, opened, flag, 'attendance');
    if (early !== undefined)
        return early;
    const { lab } = opened;
    const date = givenText(given, 'date');
    for (const id of ids) {
        const member = lab.members.get(id)?.record;
        const outside = member && outsideLabOn(member, date);
        if (!member || !outside)
            continue; // an id that is no member is knownMembers' to refuse
        const record = outside.why === 'not-joined' ? `their \`joined\` with \`cil member edit ${lab.id} ${id} --joined <date>\`` : 'their record';
        return `${member.name} (${id}) is listed as ${list} on ${formatDay(date)} but ${outsideLabWords(outside)}; take them off ${flag}, or correct --date or ${record}`;
    }
    return undefined;
}
