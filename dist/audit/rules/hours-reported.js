import { periodOf } from '../../calendar/periods.js';
import { judgedLabs } from '../../handbook/judged.js';
import { hoursOfMonth } from '../../handbook/hours.js';
const joinNames = (names) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
/**
 * The handbook asks each role for at least 4 hours a week and a lead for 5; a submitted
 * monthly update records the hours each core member gave, so those below it are seen.
 */
export const hoursReported = {
    id: 'hours-reported',
    description: 'Every submitted monthly update records `hours` for each active member with a role, and each reaches the handbook\'s commitment for the month (`lead_weekly_hours` or `member_weekly_hours` times the weeks of the month).',
    severity: 'info',
    help: {
        why: 'The handbook\'s role metrics ask each core role for at least 4 hours a week and a lead for 5. Hours that are not reported cannot be seen, and a member who gives less than asked may need help or another role.',
        fix: 'Add each core member\'s hours for the month to the update\'s `hours` (`sara-malik: 18`; `cil report monthly --hours sara-malik=18` asks for them in a new one), and talk with a member below the commitment about their role.',
        example: {
            file: 'labs/quetta/reports/2026-09-monthly.yaml',
            yaml: [
                'kind: monthly',
                'period: 2026-09',
                'submitted: 2026-10-12',
                'authors: [naveed-kakar]',
                'successes:',
                '  - Schools community day at a girls\' college brought 21 women',
                'blockers:',
                '  - "Report late: the lead was travelling"',
                'next_steps:',
                '  - Sort interview notes',
                '  - Send the letter to the corporation',
                'hours:',
                '  jalal-achakzai: 4',
                '  kamran-zehri: 17.5',
                '  mahnoor-baloch: 22',
                '  naveed-kakar: 22',
                '  shahzeb-mengal: 18',
                '',
            ].join('\n'),
            finding: 'labs/quetta/reports/2026-09-monthly.yaml:13:19 info hours-reported Jalal Achakzai (community-organizer) reported 4 hours for September 2026, below the 17.1 the handbook asks (4 a week)',
        },
    },
    reads: 'lab',
    check({ network, settings, report }) {
        for (const { folder } of judgedLabs(network)) {
            for (const file of folder.reports.values()) {
                const record = file.record;
                if (record?.kind !== 'monthly' || record.submitted === undefined)
                    continue;
                const month = String(record.period);
                const label = periodOf('monthly', month)?.label ?? month;
                const rows = hoursOfMonth(folder, month, settings.policy);
                // A lead is asked a lead's hours: named as one, so the hours asked match the role shown.
                const leads = folder.lab?.record?.leads ?? [];
                const who = (row) => `${row.name} (${(leads.includes(row.id) ? ['lead', ...row.roles] : row.roles).join(', ')})`;
                const silent = rows.filter((row) => row.reported === null).map(who);
                if (silent.length > 0) {
                    report({
                        file: file.path,
                        path: record.hours === undefined ? [] : ['hours'],
                        ...(record.hours === undefined ? { anchor: 'parent' } : {}),
                        message: `the update for ${label} records no hours for ${joinNames(silent)}; add them to \`hours\` (\`<member>: <hours>\`), as the handbook asks of every role`,
                    });
                }
                for (const row of rows) {
                    if (row.reported === null || row.reported >= row.expected)
                        continue;
                    report({
                        file: file.path,
                        path: ['hours', row.id],
                        message: `${who(row)} reported ${row.reported} hours for ${label}, below the ${row.expected} the handbook asks (${row.weekly} a week)`,
                    });
                }
            }
        }
    },
};
