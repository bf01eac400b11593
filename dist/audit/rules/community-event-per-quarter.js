import { judgedLabs, judgedQuarters } from '../../handbook/judged.js';
import { bringsCitizensAndTechnologists } from '../../handbook/membership.js';
/** The handbook: at least one event a quarter that brings citizens and technologists together. */
export const communityEventPerQuarter = {
    id: 'community-event-per-quarter',
    description: 'Every ended quarter since the lab\'s founding has at least `community_events_per_quarter` events whose audience counts both citizens and technologists.',
    severity: 'error',
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
