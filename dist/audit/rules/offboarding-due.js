import { judgedLabs } from '../../handbook/judged.js';
import { memberStandings } from '../../handbook/standing.js';
import { formatDay } from '../../calendar/format.js';
/** The handbook: persistent inactivity after two warnings brings offboarding, with a handover. */
export const offboardingDue = {
    id: 'offboarding-due',
    description: 'An active member with `warnings_before_offboarding` formal warnings who stayed inactive after the last one (missed `inactivity_missed_in_a_row` meetings in a row) is due offboarding.',
    severity: 'warning',
    reads: 'lab',
    dated: true,
    check({ network, settings, asOf, report }) {
        for (const { folder } of judgedLabs(network)) {
            for (const standing of memberStandings(folder, settings.policy, asOf)) {
                if (standing.due !== 'offboarding')
                    continue;
                const last = standing.warnings.at(-1)?.date;
                report({
                    file: standing.file,
                    path: ['warnings'],
                    anchor: 'key',
                    message: `${standing.member.name} (${standing.id}) of lab ${folder.id} has had ${standing.warnings.length} formal warnings and missed ${standing.missedInARow.length} lab meetings in a row since the last (${formatDay(last)}); the handbook's next step is offboarding with a handover: \`cil member offboard ${folder.id} ${standing.id} --reason "..." --handover "..."\``,
                });
            }
        }
    },
};
