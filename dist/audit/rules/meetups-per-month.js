import { judgedLabs, judgedMonths } from '../../handbook/judged.js';
import { isMeeting } from '../../handbook/membership.js';
/** The handbook: a lab meets regularly, at least monthly. */
export const meetupsPerMonth = {
    id: 'meetups-per-month',
    description: "Every month since the lab's founding has at least `meetups_per_month` lab meetings (meetups, hack nights, CfP calls, or the lab's `meeting_kinds`).",
    severity: 'error',
    help: {
        why: 'The handbook asks each lab to meet at least once a month (`meetups_per_month`): regular meetings keep members active, and the network sees a lab that has stopped meeting early.',
        fix: 'If a meeting happened, record it with `cil event add <lab>`; if not, hold one. A lab that has paused sets `status: dormant` in lab.yaml, and is then not held to meetings and reports.',
        example: {
            file: 'labs/quetta/lab.yaml',
            finding: 'labs/quetta/lab.yaml error meetups-per-month lab quetta held no lab meetings in August 2026, and the network asks for at least 1 a month; if a meeting happened, record it with `cil event add quetta`',
        },
    },
    reads: 'lab',
    dated: true,
    check({ network, settings, asOf, report }) {
        const wanted = settings.policy.meetups_per_month;
        for (const { folder, lab, path } of judgedLabs(network)) {
            const meetings = [...folder.events.values()].flatMap((file) => file.record && isMeeting(file.record, lab) ? [file.record.date] : []);
            for (const month of judgedMonths(lab.founded, asOf)) {
                const held = meetings.filter((date) => date >= month.start && date <= month.end).length;
                if (held >= wanted)
                    continue;
                report({
                    file: path,
                    message: `lab ${folder.id} held ${held === 0 ? 'no' : held} lab meeting${held === 1 ? '' : 's'} in ${month.label}, and the network asks for at least ${wanted} a month; if a meeting happened, record it with \`cil event add ${folder.id}\``,
                });
            }
        }
    },
};
