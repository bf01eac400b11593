import { periodOf } from '../../calendar/periods.js';
import { judgedLabs } from '../../handbook/judged.js';
import { hoursOfMonth } from '../../handbook/hours.js';
import type { Rule } from '../types.js';

/**
 * The handbook asks each role for at least 4 hours a week and a lead for 5; a submitted
 * monthly update records the hours each core member gave, so those below it are seen.
 */
export const hoursReported: Rule = {
  id: 'hours-reported',
  description:
    'Every submitted monthly update records `hours` for each active member with a role, and each reaches the handbook\'s commitment for the month (`lead_weekly_hours` or `member_weekly_hours` times the weeks of the month).',
  severity: 'info',
  help: {
    why: 'The handbook\'s role metrics ask each core role for at least 4 hours a week and a lead for 5. Hours that are not reported cannot be seen, and a member who gives less than asked may need help or another role.',
    fix: 'Add the month\'s hours to the update (`hours: { sara-malik: 18 }`, or `cil report monthly --hours sara-malik=18 --force`), and talk with a member below the commitment about their role.',
    example: {
      file: 'labs/quetta/reports/2026-10-monthly.yaml',
      yaml: 'kind: monthly\nperiod: 2026-10\nsubmitted: 2026-11-05\nhours: { naveed-baloch: 9 }\n',
      finding: 'labs/quetta/reports/2026-10-monthly.yaml:4:26 info hours-reported Naveed Baloch (technologist) reported 9 hours for October 2026, below the 17.7 the handbook asks (4 a week)',
    },
  },
  reads: 'lab',
  check({ network, settings, report }) {
    for (const { folder } of judgedLabs(network)) {
      for (const file of folder.reports.values()) {
        const record = file.record;
        if (record?.kind !== 'monthly' || record.submitted === undefined) continue;
        const month = String(record.period);
        const label = periodOf('monthly', month)?.label ?? month;
        for (const row of hoursOfMonth(folder, month, settings.policy)) {
          const who = `${row.name} (${row.roles.join(', ')})`;
          if (row.reported === null) {
            report({
              file: file.path,
              path: record.hours === undefined ? [] : ['hours'],
              ...(record.hours === undefined ? { anchor: 'parent' as const } : {}),
              message: `${who} reported no hours for ${label}; add them to \`hours\` (\`${row.id}: <hours>\`), as the handbook asks of every role`,
            });
          } else if (row.reported < row.expected) {
            report({
              file: file.path,
              path: ['hours', row.id],
              message: `${who} reported ${row.reported} hours for ${label}, below the ${row.expected} the handbook asks (${row.weekly} a week)`,
            });
          }
        }
      }
    }
  },
};
