import { formatDay } from '../../calendar/format.js';
import { outsideLabOn, outsideLabWords } from '../../handbook/membership.js';
/** Nobody can come to a lab's meeting, or send notice of missing it, before joining it or after leaving it. */
export const attendanceWhileMember = {
    id: 'attendance-while-member',
    description: 'A member listed as present or excused at an event was part of the lab that day: they had joined, and had not been offboarded or left.',
    severity: 'error',
    help: {
        why: 'Attendance decides who is active, who is due a warning and who counts in the reports. Someone listed before joining or after leaving is usually a wrong date or a wrong id, and would skew all of them.',
        fix: 'Take the person off the event\'s `attendance`, or correct the event\'s `date`, or their `joined` (`cil member edit <lab> <member> --joined <date>`), `left` or `offboarded` date.',
        example: {
            file: 'labs/quetta/events/2026-05-09-schools-meetup.yaml',
            yaml: 'title: "Meetup: what parents ask about schools"\nkind: meetup\ndate: 2026-05-09\nattendance:\n  present: [shahzeb-mengal, naveed-kakar]\n',
            finding: 'labs/quetta/events/2026-05-09-schools-meetup.yaml:5:13 error attendance-while-member Shahzeb Mengal (shahzeb-mengal) is listed as present on 9 May 2026 but joined the lab only on 16 May 2026; take them off the attendance, or correct the event\'s `date` or their record',
        },
    },
    reads: 'lab',
    check({ network, report }) {
        for (const folder of network.labs.values()) {
            for (const file of folder.events.values()) {
                const event = file.record;
                if (!event?.attendance)
                    continue;
                for (const list of ['present', 'excused']) {
                    (event.attendance[list] ?? []).forEach((id, index) => {
                        const member = folder.members.get(id)?.record;
                        const outside = member && outsideLabOn(member, event.date);
                        if (!member || !outside)
                            return; // the reference rule reports ids that are no members
                        report({
                            file: file.path,
                            path: ['attendance', list, index],
                            message: `${member.name} (${id}) is listed as ${list} on ${formatDay(event.date)} but ${outsideLabWords(outside)}; take them off the attendance, or correct the event's \`date\` or their record`,
                        });
                    });
                }
            }
        }
    },
};
