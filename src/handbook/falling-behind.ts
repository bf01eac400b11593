import { monthsOf, type Period, within } from '../calendar/periods.js';
import type { Settings } from '../network/settings.js';
import type { LabFolder } from '../network/types.js';
import type { LabRecord } from '../schema/records.generated.js';
import { judgedMonths } from './judged.js';
import { bringsCitizensAndTechnologists, isMeeting } from './membership.js';
import { dueReports } from './reports-due.js';

/**
 * The accountability rules whose errors say a lab fell behind in a quarter: its meetings,
 * its community events and its reports. `inactive-member` and `offboarding-due` are about
 * one member, met with a warning to that member, and give warnings, not errors.
 */
export const ACCOUNTABILITY_RULES = ['meetups-per-month', 'community-event-per-quarter', 'monthly-report-due', 'quarterly-report-due'] as const;

/**
 * What the accountability rules report as errors about the quarters of a lab, as of a day, in
 * words: months of a quarter with too few lab meetings, too few community events in it, and
 * its monthly reports and its quarterly report missing. A rule that cil.yaml turns off or
 * makes a warning or info does not count. The lab's events and due reports are gathered once,
 * for all the quarters asked about.
 */
export function shortfallsOf(folder: LabFolder, lab: LabRecord, settings: Settings, asOf: string): (quarter: Period) => string[] {
  const { policy } = settings;
  const counts = (rule: (typeof ACCOUNTABILITY_RULES)[number]) => (settings.severities[rule] ?? 'error') === 'error';
  const events = [...folder.events.values()].flatMap((file) => (file.record ? [file.record] : []));
  const meetings = events.filter((event) => isMeeting(event, lab));
  const community = events.filter(bringsCitizensAndTechnologists);
  const judged = judgedMonths(lab.founded, asOf);
  const missing = dueReports(folder, lab.founded, policy, asOf).filter((due) => due.state === 'missing' && counts(`${due.kind}-report-due`));
  return (quarter) => {
    const found: string[] = [];
    if (counts('meetups-per-month')) {
      for (const month of judged.filter((candidate) => within(candidate.start, quarter))) {
        const held = meetings.filter((event) => within(event.date, month)).length;
        if (held < policy.meetups_per_month) found.push(`too few lab meetings in ${month.label}`);
      }
    }
    if (counts('community-event-per-quarter')) {
      const held = community.filter((event) => within(event.date, quarter)).length;
      if (held < policy.community_events_per_quarter) found.push('too few community events');
    }
    const months = new Set(monthsOf(quarter));
    for (const due of missing) {
      if (due.kind === 'monthly' ? months.has(due.period.id) : due.period.id === quarter.id) found.push(`the ${due.name} report missing`);
    }
    return found;
  };
}
