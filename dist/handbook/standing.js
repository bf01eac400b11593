import { formatDay, formatDays } from '../calendar/format.js';
import { activeOn, attendanceRecorded, currentWarnings, isMeeting, lastReinstated, missedWithoutNotice } from './membership.js';
import { dueReports } from './reports-due.js';
/** The lab's meetings up to a day, oldest first; records with problems are left out. */
export function meetingsUpTo(folder, asOf) {
    const lab = folder.lab?.record;
    return [...folder.events.values()]
        .flatMap((file) => {
        const event = file.record;
        return event && event.date <= asOf && isMeeting(event, lab) ? [{ file: file.path, event }] : [];
    })
        .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0));
}
/**
 * What counts for a lab's leads in their runs, besides its meetings, as the handbook's
 * "failure to meet deliverable deadlines or submit updates" does: each monthly and quarterly
 * report whose due day has passed (the same due days as `monthly-report-due` and
 * `quarterly-report-due`), on its due day. Missing or late, it is a miss; on time, it ends a
 * run as a meeting attended does; without a `submitted` date it is left out, as a meeting
 * without recorded attendance is.
 */
function deadlines(folder, policy, asOf) {
    const lab = folder.lab?.record;
    if (!lab || lab.status === 'dormant' || lab.status === 'closed')
        return [];
    const file = folder.lab?.path ?? `${folder.dir}/lab.yaml`;
    return dueReports(folder, lab.founded, policy, asOf).flatMap((due) => due.state === 'undated' ? [] : [{ date: due.due, met: due.state === 'on-time', miss: { date: due.due, file, report: due.name } }]);
}
/** A run of misses in words: `2 lab meetings in a row without notice (5 September 2026 and 10 October 2026)`. */
export function missesInWords(misses) {
    const reports = misses.filter((miss) => miss.report !== undefined).length;
    if (reports === 0)
        return `${misses.length} lab meetings in a row without notice (${formatDays(misses.map((miss) => miss.date))})`;
    const what = reports === misses.length ? 'report deadlines' : 'lab meetings and report deadlines';
    const each = misses.map((miss) => (miss.report === undefined ? `the meeting of ${formatDay(miss.date)}` : `the ${miss.report} report, due ${formatDay(miss.date)}`));
    const listed = each.length > 1 ? `${each.slice(0, -1).join('; ')}; and ${each.at(-1) ?? ''}` : each.join('');
    return `${misses.length} ${what} in a row without notice (${listed})`;
}
/**
 * The standing of every active member: the meetings they missed in a row without notice
 * (for a lead, with the lab's report deadlines missed, see `deadlines`) since their last
 * warning or reinstatement (a meeting they attended or were excused from
 * ends a run; meetings before they joined, or whose attendance was not recorded, do not
 * count), and whether a warning or offboarding is due: once they have missed
 * `inactivity_missed_in_a_row` meetings in a row since then, the next step is a warning,
 * or offboarding when they already have `warnings_before_offboarding` of them (since any
 * reinstatement). Being excused later does not undo a run: the warning it called for is
 * still owed.
 */
export function memberStandings(folder, policy, asOf) {
    const meetings = meetingsUpTo(folder, asOf);
    const lab = folder.lab?.record;
    const leadDeadlines = lab?.leads.length ? deadlines(folder, policy, asOf) : [];
    return [...folder.members.entries()].flatMap(([id, file]) => {
        const member = file.record;
        if (!member || member.status !== 'active' || !activeOn(member, asOf))
            return [];
        const warnings = currentWarnings(member);
        // A reinstatement is a fresh start on agreed terms: the misses that led to offboarding
        // were answered by it, as a warning answers the misses before it.
        const countFrom = [warnings.at(-1)?.date ?? '', lastReinstated(member) ?? ''].sort().at(-1) ?? '';
        // What counts: the lab's meetings, and for its leads its report deadlines, by day.
        const counted = [
            ...meetings.flatMap((meeting) => {
                // A meeting without recorded attendance is left out of the count: it is no evidence
                // that the member missed it, nor that they came. Ending the run there instead would
                // let a lab clear anyone's misses by not writing attendance down; the
                // `attendance-recorded` rule asks for it, and once it is written the count is exact.
                if (!attendanceRecorded(meeting.event))
                    return [];
                const missed = missedWithoutNotice(id, member, meeting.event);
                return [{ date: meeting.event.date, met: !missed, miss: { date: meeting.event.date, file: meeting.file } }];
            }),
            ...(lab?.leads.includes(id) ? leadDeadlines : []),
        ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        // Runs of misses since then; the latest long enough one counts.
        let run = [];
        let missedInARow = [];
        for (const item of counted) {
            if (item.date <= countFrom || !activeOn(member, item.date))
                continue;
            run = item.met ? [] : [...run, item.miss];
            if (run.length >= policy.inactivity_missed_in_a_row || run.length > missedInARow.length)
                missedInARow = run;
        }
        const standing = { id, member, file: file.path, missedInARow, warnings };
        if (missedInARow.length >= policy.inactivity_missed_in_a_row) {
            standing.due = warnings.length >= policy.warnings_before_offboarding ? 'offboarding' : 'warning';
        }
        return [standing];
    });
}
