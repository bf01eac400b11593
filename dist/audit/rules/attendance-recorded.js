import { formatDay } from '../../calendar/format.js';
import { judgedLabs } from '../../handbook/judged.js';
import { attendanceRecorded, isMeeting } from '../../handbook/membership.js';
/**
 * A lab meeting written without `attendance` counts as held and as missed by nobody, so a
 * member's inactivity can only be judged once it is recorded.
 */
export const attendanceRecordedRule = {
    id: 'attendance-recorded',
    description: 'Every lab meeting that has taken place records its `attendance`: who was present and who was excused.',
    severity: 'info',
    help: {
        why: 'Whether members are active is judged from attendance: a meeting without it counts as held but missed by nobody, so nobody\'s inactivity (or presence) shows.',
        fix: 'Add who came and who sent notice to the event: `attendance: { present: [...], excused: [...] }` (`cil event edit`).',
        example: {
            file: 'labs/quetta/events/2026-11-07-meetup-november.yaml',
            yaml: 'title: "Meetup: letter to the corporation"\nkind: meetup\ndate: 2026-11-07\n',
            finding: 'labs/quetta/events/2026-11-07-meetup-november.yaml:1:1 info attendance-recorded the meetup of lab quetta on 7 November 2026 has no `attendance`, so nobody counts as having missed it; record who came: `attendance: { present: [...], excused: [...] }`',
        },
    },
    reads: 'lab',
    dated: true,
    check({ network, asOf, report }) {
        for (const { folder, lab } of judgedLabs(network)) {
            for (const file of folder.events.values()) {
                const event = file.record;
                if (!event || event.date > asOf || !isMeeting(event, lab) || attendanceRecorded(event))
                    continue;
                report({
                    file: file.path,
                    path: [],
                    anchor: 'parent',
                    message: `the ${event.kind} of lab ${folder.id} on ${formatDay(event.date)} has no \`attendance\`, so nobody counts as having missed it; record who came: \`attendance: { present: [...], excused: [...] }\``,
                });
            }
        }
    },
};
