import { activeCitizensBy, citizenMeetingsIn } from '../../handbook/citizens.js';
import { judgedLabs, judgedQuarters } from '../../handbook/judged.js';
/** The handbook: identify active citizens and meet them regularly. */
export const citizenMeetings = {
    id: 'citizen-meetings',
    description: 'A lab that lists active citizens (`citizens/`, consent given by the quarter\'s first day) met some of them at `citizen_meetings_per_quarter` events or more in every ended quarter since its founding: events whose `citizens_met` names one, or where the lab met one first (`met_at`).',
    severity: 'error',
    help: {
        why: 'The handbook asks each lab to identify active citizens and meet them regularly, to understand the civic problems it works on; a list of citizens nobody meets is a list, not a relationship.',
        fix: 'If the lab met them, add their ids to the event\'s `citizens_met` (`cil event edit <lab> <event> --citizens-met <ids>`); otherwise meet them before the quarter ends, or set a citizen who no longer takes part to `status: inactive` (`cil citizen edit <lab> <citizen> --status inactive`).',
        example: {
            file: 'labs/quetta/lab.yaml',
            finding: 'labs/quetta/lab.yaml error citizen-meetings lab quetta lists 2 active citizens and met none of them in Q3 2026 (July to September) (at least 1 event a quarter); record who came in an event\'s `citizens_met`',
        },
    },
    reads: 'lab',
    dated: true,
    check({ network, settings, asOf, report }) {
        const wanted = settings.policy.citizen_meetings_per_quarter;
        if (wanted === 0)
            return;
        for (const { folder, lab, path } of judgedLabs(network)) {
            if (folder.citizens.size === 0)
                continue;
            for (const quarter of judgedQuarters(lab.founded, asOf)) {
                const listed = activeCitizensBy(folder, quarter.start).length;
                if (listed === 0)
                    continue;
                const held = citizenMeetingsIn(folder, quarter).length;
                if (held >= wanted)
                    continue;
                const met = held === 0 ? 'met none of them' : `met some of them at ${held} event${held === 1 ? '' : 's'}`;
                report({
                    file: path,
                    message: `lab ${folder.id} lists ${listed} active citizen${listed === 1 ? '' : 's'} and ${met} in ${quarter.label} (at least ${wanted} event${wanted === 1 ? '' : 's'} a quarter); record who came in an event's \`citizens_met\``,
                });
            }
        }
    },
};
