import { judgedLabs, judgedQuarters } from '../../handbook/judged.js';
import { bringsCitizensAndTechnologists } from '../../handbook/membership.js';
/** The handbook: at least one event a quarter that brings citizens and technologists together. */
export const communityEventPerQuarter = {
    id: 'community-event-per-quarter',
    description: 'Every ended quarter since the lab\'s founding has at least `community_events_per_quarter` events whose audience counts both citizens and technologists.',
    severity: 'error',
    help: {
        why: 'A civic lab works with the people it serves: the handbook asks for at least `community_events_per_quarter` events a quarter where citizens and technologists meet.',
        fix: 'If such an event happened, record it with its `audience` head counts of both citizens and technologists; otherwise hold one before the quarter ends.',
        example: {
            file: 'labs/quetta/lab.yaml',
            finding: 'labs/quetta/lab.yaml error community-event-per-quarter lab quetta held no events bringing citizens and technologists together in Q2 2026 (April to June) (at least 1 a quarter); if one happened, record it with its `audience` head counts',
        },
    },
    reads: 'lab',
    dated: true,
    check({ network, settings, asOf, report }) {
        const wanted = settings.policy.community_events_per_quarter;
        for (const { folder, lab, path } of judgedLabs(network)) {
            const dates = [...folder.events.values()].flatMap((file) => file.record && bringsCitizensAndTechnologists(file.record) ? [file.record.date] : []);
            for (const quarter of judgedQuarters(lab.founded, asOf)) {
                const held = dates.filter((date) => date >= quarter.start && date <= quarter.end).length;
                if (held >= wanted)
                    continue;
                report({
                    file: path,
                    message: `lab ${folder.id} held ${held === 0 ? 'no' : held} event${held === 1 ? '' : 's'} bringing citizens and technologists together in ${quarter.label} (at least ${wanted} a quarter); if one happened, record it with its \`audience\` head counts`,
                });
            }
        }
    },
};
