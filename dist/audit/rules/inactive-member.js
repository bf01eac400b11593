import { judgedLabs } from '../../handbook/judged.js';
import { memberStandings } from '../../handbook/standing.js';
import { formatDays } from '../../calendar/format.js';
/** The handbook: missing two consecutive calls or meetups without prior notice is inactivity, and brings a formal warning. */
export const inactiveMember = {
    id: 'inactive-member',
    description: 'An active member who missed `inactivity_missed_in_a_row` lab meetings in a row without being excused, and has had no formal warning or reinstatement since, is due a warning.',
    severity: 'warning',
    help: {
        why: 'The handbook treats missing `inactivity_missed_in_a_row` meetings in a row without notice as inactivity, to be met with a formal warning: it gives the member a clear signal, and the lab an honest roll.',
        fix: 'Talk to the member, then record the warning with `cil member warn <lab> <member> --reason "..."`. If they had sent notice, list them as `excused` at those meetings instead.',
        example: {
            file: 'labs/quetta/members/jalal-achakzai.yaml',
            finding: 'labs/quetta/members/jalal-achakzai.yaml warning inactive-member Jalal Achakzai (jalal-achakzai) of lab quetta missed 2 lab meetings in a row without notice (5 September 2026 and 10 October 2026) and has had no formal warning since; the handbook\'s next step is a warning: `cil member warn quetta jalal-achakzai --reason "..."`',
        },
    },
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
