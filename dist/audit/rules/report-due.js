import { dueReports } from '../../handbook/reports-due.js';
import { formatDay } from '../../calendar/format.js';
import { judgedLabs } from '../../handbook/judged.js';
/** The shared check of `monthly-report-due` and `quarterly-report-due`. */
export function reportDueRule(id, kind, description, help) {
    return {
        id,
        description,
        severity: 'error',
        help,
        reads: 'lab',
        dated: true,
        check({ network, settings, asOf, report }) {
            for (const { folder, lab, path } of judgedLabs(network)) {
                // A late or undated report is the lab's to act on until the next one of its kind is
                // due; after that it is history (`cil status` shows it), so that a warning can end.
                for (const due of dueReports(folder, lab.founded, settings.policy, asOf).filter((entry) => entry.kind === kind && !entry.history)) {
                    const what = `the ${kind} report of lab ${folder.id} for ${due.period.label}`;
                    if (due.state === 'missing') {
                        report({
                            file: path,
                            message: `${what} was due by ${formatDay(due.due)} and is missing; draft it with \`cil report ${kind} ${folder.id} --period ${due.period.id}\``,
                        });
                    }
                    else if (due.state === 'late' && due.file) {
                        report({
                            file: due.file,
                            path: ['submitted'],
                            severity: 'warning',
                            message: `${what} was submitted on ${formatDay(due.submitted)}, after it was due (${formatDay(due.due)}); send the next one on time, by ${formatDay(due.nextDue)}`,
                        });
                    }
                    else if (due.state === 'undated' && due.file) {
                        report({
                            file: due.file,
                            path: [],
                            anchor: 'parent',
                            severity: 'info',
                            message: `${what} has no \`submitted\` date, so whether it came on time is unknown; add \`submitted: YYYY-MM-DD\``,
                        });
                    }
                }
            }
        },
    };
}
