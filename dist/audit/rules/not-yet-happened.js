import { formatDay } from '../../calendar/format.js';
import { reportPeriod } from '../../handbook/report-names.js';
/** What has not happened yet cannot have been attended, counted, joined or reported on. */
export const notYetHappened = {
    id: 'not-yet-happened',
    description: 'An event still to come has no attendance or head counts, nobody joined a lab on a day still to come, and a report is not written for a period that has not begun: neither today nor on the day it was submitted, which is not in the future.',
    severity: 'error',
    help: {
        why: 'A record about the future that says who came or who joined, or a report for a period not yet begun, is a wrong date or a slip; counted as fact, it would credit a lab with work not done.',
        fix: 'Correct the `date`, `joined`, `period` or `submitted` date; record attendance and head counts only after the event, and draft a report once its period is under way.',
        example: {
            file: 'labs/quetta/events/2026-12-12-hack-night.yaml',
            yaml: 'title: Hack night\nkind: hack-night\ndate: 2026-12-12\nattendance:\n  present: [naveed-kakar]\n',
            finding: 'labs/quetta/events/2026-12-12-hack-night.yaml:5:3 error not-yet-happened the event of 12 December 2026 has not happened yet, so nobody can have been present or excused; record `attendance` after it, or correct its `date`',
        },
    },
    reads: 'lab',
    dated: true,
    check({ network, asOf, report }) {
        for (const folder of network.labs.values()) {
            for (const file of folder.events.values()) {
                const event = file.record;
                if (!event || event.date <= asOf)
                    continue;
                const when = `the event of ${formatDay(event.date)} has not happened yet`;
                const { present = [], excused = [] } = event.attendance ?? {};
                if (present.length + excused.length > 0) {
                    report({ file: file.path, path: ['attendance'], message: `${when}, so nobody can have been present or excused; record \`attendance\` after it, or correct its \`date\`` });
                }
                if (Object.values(event.audience ?? {}).some((count) => count !== undefined)) {
                    report({ file: file.path, path: ['audience'], message: `${when}, so nobody can have been counted; record \`audience\` after it, or correct its \`date\`` });
                }
            }
            for (const [id, { path, record }] of folder.members) {
                if (!record || record.joined <= asOf)
                    continue;
                const command = `cil member edit ${folder.id} ${id} --joined <date>`;
                report({ file: path, path: ['joined'], message: `${record.name} is recorded as joining on ${formatDay(record.joined)}, a day still to come; correct \`joined\` with \`${command}\`` });
            }
            for (const file of folder.reports.values()) {
                const record = file.record;
                const period = record && reportPeriod(record);
                if (!record || !period)
                    continue;
                const what = `the ${record.kind} report for ${period.label}`;
                if (period.start > asOf) {
                    report({ file: file.path, path: ['period'], message: `${what} is for a period that begins only on ${formatDay(period.start)}; correct \`period\`, or draft it once the period is under way` });
                }
                else if (record.submitted !== undefined && record.submitted < period.start) {
                    report({ file: file.path, path: ['submitted'], message: `${what} was submitted on ${formatDay(record.submitted)}, before its period began (${formatDay(period.start)}); correct \`submitted\` or \`period\`` });
                }
                if (record.submitted !== undefined && record.submitted > asOf) {
                    report({ file: file.path, path: ['submitted'], message: `${what} is dated as submitted on ${formatDay(record.submitted)}, a day still to come; correct \`submitted\`` });
                }
            }
        }
    },
};
