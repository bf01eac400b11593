import { formatDay } from '../../calendar/format.js';
import { daysAfter } from '../../calendar/periods.js';
import { ACCOUNTABILITY_RULES, shortfallsOf } from '../../handbook/falling-behind.js';
import { judgedLabs, judgedQuarters } from '../../handbook/judged.js';
import type { Rule } from '../types.js';

/** The handbook: arrange mandatory check-ins with mentors for CILs falling behind. */
export const mentorCheckInDue: Rule = {
  id: 'mentor-check-in-due',
  description:
    `A lab that fell behind in a quarter, by the errors of the accountability rules about it (${ACCOUNTABILITY_RULES.map((id) => `\`${id}\``).join(', ')}: too few meetings or community events, a monthly or quarterly report missing; \`inactive-member\`, a warning to one member, does not count), held a \`mentor-check-in\` event within \`mentor_check_in_within_days\` days after the quarter ended; judged once those days have passed.`,
  severity: 'error',
  help: {
    why: 'The handbook asks for a mandatory check-in with a mentor when a lab falls behind: a lab missing its meetings or reports needs help, and a check-in on the record shows that it got it.',
    fix: 'Hold the check-in with a mentor and record it: `cil event add <lab> --kind mentor-check-in`. If it took place, record it with its date; if the shortfall was a record never written (a meeting, a report), write that record and the finding goes.',
    example: {
      file: 'labs/quetta/lab.yaml',
      finding: 'labs/quetta/lab.yaml error mentor-check-in-due lab quetta fell behind in Q3 2026 (July to September) (too few lab meetings in August 2026; the 2026-Q3-quarterly report missing) and held no mentor check-in by 30 October 2026 (within 30 days of the quarter); record it with `cil event add quetta --kind mentor-check-in`',
    },
  },
  reads: 'lab',
  dated: true,
  check({ network, settings, asOf, report }) {
    const days = settings.policy.mentor_check_in_within_days;
    for (const { folder, lab, path } of judgedLabs(network)) {
      const shortfallsIn = shortfallsOf(folder, lab, settings, asOf);
      const checkIns = [...folder.events.values()].flatMap((file) => (file.record?.kind === 'mentor-check-in' ? [file.record.date] : []));
      for (const quarter of judgedQuarters(lab.founded, asOf)) {
        const by = daysAfter(quarter.end, days);
        // The lab has until that day to hold it; the day itself is still on time.
        if (by >= asOf) continue;
        if (checkIns.some((date) => date > quarter.end && date <= by)) continue;
        const shortfalls = shortfallsIn(quarter);
        if (shortfalls.length === 0) continue;
        report({
          file: path,
          message: `lab ${folder.id} fell behind in ${quarter.label} (${shortfalls.join('; ')}) and held no mentor check-in by ${formatDay(by)} (within ${days} days of the quarter); record it with \`cil event add ${folder.id} --kind mentor-check-in\``,
        });
      }
    }
  },
};
