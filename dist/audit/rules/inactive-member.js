import { judgedLabs } from '../../handbook/judged.js';
import { memberStandings } from '../../handbook/standing.js';
import { formatDays } from '../../calendar/format.js';
/** The handbook: missing two consecutive calls or meetups without prior notice is inactivity, and brings a formal warning. */
export const inactiveMember = {
    id: 'inactive-member',
    description: 'An active member who missed `inactivity_missed_in_a_row` lab meetings in a row without being excused, and has had no formal warning or reinstatement since, is due a warning.',
    severity: 'warning',
    reads: 'lab',
    dated: true,
    check({ network, settings, asOf, report }) {
        for (const { folder } of judgedLabs(network)) {
            for (const standing of memberStandings(folder, settings.policy, asOf)) {
                if (standing.due !== 'warning')
                    continue;
                const missed = standing.missedInARow.map((meeting) => meeting.event.date);
                report({
                    file: standing.file,
                    message: `${standing.member.name} (${standing.id}) of lab ${folder.id} missed ${missed.length} lab meetings in a row without notice (${formatDays(missed)}) and has had no formal warning since; the handbook's next step is a warning: \`cil member warn ${folder.id} ${standing.id} --reason "..."\``,
                });
            }
        }
    },
};
