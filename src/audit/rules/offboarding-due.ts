import { judgedLabs } from '../../handbook/judged.js';
import { memberStandings } from '../../handbook/standing.js';
import { formatDay } from '../../calendar/format.js';
import type { Rule } from '../types.js';

/** The handbook: persistent inactivity after two warnings brings offboarding, with a handover. */
export const offboardingDue: Rule = {
  id: 'offboarding-due',
  description:
    'An active member with `warnings_before_offboarding` formal warnings who stayed inactive after the last one (missed `inactivity_missed_in_a_row` meetings in a row, a lead\'s report deadlines counting as `inactive-member` says) is due offboarding.',
  severity: 'warning',
  help: {
    why: 'After `warnings_before_offboarding` formal warnings, the handbook offboards a member who stays inactive, with a handover, so that the lab\'s roll and its projects\' teams are true.',
    fix: 'Offboard the member with a handover: `cil member offboard <lab> <member> --reason "..." --handover "..."`. If they were excused, list them as `excused` at those meetings instead.',
    example: {
      file: 'labs/quetta/members/jalal-achakzai.yaml',
      yaml: 'name: Jalal Achakzai\nstatus: active\nwarnings:\n  - date: 2026-06-20\n    reason: Missed the May and June meetups without notice\n  - date: 2026-08-20\n    reason: Missed the July and August meetups without notice\n',
      finding: 'labs/quetta/members/jalal-achakzai.yaml:3:1 warning offboarding-due Jalal Achakzai (jalal-achakzai) of lab quetta has had 2 formal warnings and missed 2 lab meetings in a row since the last (20 August 2026); the handbook\'s next step is offboarding with a handover: `cil member offboard quetta jalal-achakzai --reason "..." --handover "..."`',
    },
  },
  reads: 'lab',
  dated: true,
  check({ network, settings, asOf, report }) {
    for (const { folder } of judgedLabs(network)) {
      for (const standing of memberStandings(folder, settings.policy, asOf)) {
        if (standing.due !== 'offboarding') continue;
        const last = standing.warnings.at(-1)?.date;
        report({
          file: standing.file,
          path: ['warnings'],
          anchor: 'key',
          message: `${standing.member.name} (${standing.id}) of lab ${folder.id} has had ${standing.warnings.length} formal warnings and missed ${standing.missedInARow.length} lab meetings${standing.missedInARow.some((miss) => miss.report !== undefined) ? ' and report deadlines' : ''} in a row since the last (${formatDay(last)}); the handbook's next step is offboarding with a handover: \`cil member offboard ${folder.id} ${standing.id} --reason "..." --handover "..."\``,
        });
      }
    }
  },
};
