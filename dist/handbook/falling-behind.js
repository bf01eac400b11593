import { monthsOf, within } from '../calendar/periods.js';
import { judgedMonths } from './judged.js';
import { bringsCitizensAndTechnologists, isMeeting } from './membership.js';
import { dueReports } from './reports-due.js';
/**
 * The accountability rules whose errors say a lab fell behind in a quarter: its meetings,
 * its community events and its reports. `inactive-member` and `offboarding-due` are about
 * one member, met with a warning to that member, and give warnings, not errors.
 */
export const ACCOUNTABILITY_RULES = ['meetups-per-month', 'community-event-per-quarter', 'monthly-report-due', 'quarterly-report-due'];
/**
 * What the accountability rules report as errors about a quarter of a lab, as of a day, in
 * words: months of the quarter with too few lab meetings, too few community events in it,
 * and its monthly reports and its quarterly report missing. A rule that cil.yaml turns off
 * or makes a warning or info does not count.
 */
export function shortfallsIn(folder, lab, quarter, settings, asOf) {
    const { policy } = settings;
    const counts = (rule) => (settings.severities[rule] ?? 'error') === 'error';
    const events = [...folder.events.values()].flatMap((file) => (file.record ? [file.record] : []));
    const found = [];
    if (counts('meetups-per-month')) {
        const months = judgedMonths(lab.founded, asOf).filter((month) => within(month.start, quarter));
        for (const month of months) {
            const held = events.filter((event) => isMeeting(event, lab) && within(event.date, month)).length;
            if (held < policy.meetups_per_month)
                found.push(`too few lab meetings in ${month.label}`);
        }
    }
    if (counts('community-event-per-quarter')) {
        const held = events.filter((event) => bringsCitizensAndTechnologists(event) && within(event.date, quarter)).length;
        if (held < policy.community_events_per_quarter)
            found.push('too few community events');
    }
    const months = new Set(monthsOf(quarter));
    for (const due of dueReports(folder, lab.founded, policy, asOf)) {
        if (due.state !== 'missing' || !counts(`${due.kind}-report-due`))
            continue;
        if (due.kind === 'monthly' ? months.has(due.period.id) : due.period.id === quarter.id)
            found.push(`the ${due.name} report missing`);
    }
    return found;
}
