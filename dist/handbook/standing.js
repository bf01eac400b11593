import { activeOn, attendanceRecorded, currentWarnings, isMeeting, lastReinstated, missedWithoutNotice } from './membership.js';
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
 * The standing of every active member: the meetings they missed in a row without notice
 * since their last warning or reinstatement (a meeting they attended or were excused from
 * ends a run; meetings before they joined, or whose attendance was not recorded, do not
 * count), and whether a warning or offboarding is due: once they have missed
 * `inactivity_missed_in_a_row` meetings in a row since then, the next step is a warning,
 * or offboarding when they already have `warnings_before_offboarding` of them (since any
 * reinstatement). Being excused later does not undo a run: the warning it called for is
 * still owed.
 */
export function memberStandings(folder, policy, asOf) {
    const meetings = meetingsUpTo(folder, asOf);
    return [...folder.members.entries()].flatMap(([id, file]) => {
        const member = file.record;
        if (!member || member.status !== 'active' || !activeOn(member, asOf))
            return [];
        const warnings = currentWarnings(member);
        // A reinstatement is a fresh start on agreed terms: the misses that led to offboarding
        // were answered by it, as a warning answers the misses before it.
        const countFrom = [warnings.at(-1)?.date ?? '', lastReinstated(member) ?? ''].sort().at(-1) ?? '';
        // Runs of meetings missed without notice since then; the latest long enough one counts.
        let run = [];
        let missedInARow = [];
        for (const meeting of meetings) {
            if (meeting.event.date <= countFrom || !activeOn(member, meeting.event.date))
                continue;
            // A meeting without recorded attendance is left out of the count: it is no evidence
            // that the member missed it, nor that they came. Ending the run there instead would
            // let a lab clear anyone's misses by not writing attendance down; the
            // `attendance-recorded` rule asks for it, and once it is written the count is exact.
            if (!attendanceRecorded(meeting.event))
                continue;
            run = missedWithoutNotice(id, member, meeting.event) ? [...run, meeting] : [];
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
