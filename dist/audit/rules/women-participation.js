import { judgedLabs, judgedQuarters } from '../../handbook/judged.js';
import { activeOn, womenAmong } from '../../handbook/membership.js';
const percent = (share) => `${Math.round(share * 100)}%`;
/** CfP's fellowships track women's participation against a target (a 25% quota). */
export const womenParticipation = {
    id: 'women-participation',
    description: "The share of women among a lab's active members, and in the audiences of its last ended quarter's events, against the policy's `women_participation_target`.",
    severity: 'info',
    help: {
        why: 'The network aims for women to be at least `women_participation_target` of its members and audiences; this information shows where a lab stands, without failing anyone.',
        fix: 'Nothing to correct in the records. Reach out to women\'s colleges and groups when recruiting, and hold events where women can come. The share counts only members who gave their `gender`.',
        example: {
            file: 'labs/quetta/lab.yaml',
            finding: 'labs/quetta/lab.yaml info women-participation women are 1 of the 5 active members of lab quetta who gave their gender (20%), below the network\'s target of 25%; reach out to women\'s colleges and groups when recruiting',
        },
    },
    reads: 'lab',
    dated: true,
    check({ network, settings, asOf, report }) {
        const target = settings.policy.women_participation_target;
        for (const { folder, lab, path } of judgedLabs(network)) {
            const active = [...folder.members.values()].flatMap((file) => (file.record && activeOn(file.record, asOf) ? [file.record] : []));
            const { women, counted, share } = womenAmong(active);
            if (share !== null && share < target) {
                report({
                    file: path,
                    message: `women are ${women} of the ${counted} active members of lab ${folder.id} who gave their gender (${percent(share)}), below the network's target of ${percent(target)}; reach out to women's colleges and groups when recruiting`,
                });
            }
            const quarter = judgedQuarters(lab.founded, asOf).at(-1);
            if (!quarter)
                continue;
            let [womenCame, everyone] = [0, 0];
            for (const file of folder.events.values()) {
                const event = file.record;
                if (!event?.audience || event.date < quarter.start || event.date > quarter.end)
                    continue;
                womenCame += event.audience.women ?? 0;
                everyone += (event.audience.citizens ?? 0) + (event.audience.technologists ?? 0) + (event.audience.government ?? 0);
            }
            if (everyone > 0 && womenCame / everyone < target) {
                report({
                    file: path,
                    message: `women were ${womenCame} of the ${everyone} people at lab ${folder.id}'s events in ${quarter.label} (${percent(womenCame / everyone)}), below the network's target of ${percent(target)}; hold events where women can come, and invite them`,
                });
            }
        }
    },
};
