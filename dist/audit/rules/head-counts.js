import { formatDay } from '../../calendar/format.js';
import { headCount } from '../../handbook/membership.js';
/**
 * More people than a stadium holds came to no lab event: a count this large is a typing slip,
 * or a phone number in the wrong field (`citizens: 3001234567`).
 */
const MOST_PEOPLE = 50_000;
const COUNTS = ['citizens', 'technologists', 'government', 'women'];
/** Women are counted among the people who came, so there cannot be more of them than people. */
export const headCounts = {
    id: 'head-counts',
    description: `The women counted at an event are no more than its head count (the citizens, technologists and government officials who came), and no count is over ${MOST_PEOPLE.toLocaleString('en')}.`,
    severity: 'error',
    help: {
        why: 'Head counts feed the reports and the network\'s figures: more women than people at an event, or a phone number typed into a count, makes every share and total computed from it wrong.',
        fix: 'Correct `audience`: count citizens, technologists and government officials who came, and `women` among them. `cil event add` refuses such counts when they are entered.',
        example: {
            file: 'labs/quetta/events/2026-09-19-schools-community-day.yaml',
            yaml: 'title: Schools community day\nkind: community-event\ndate: 2026-09-19\naudience: { citizens: 31, technologists: 7, government: 2, women: 45 }\n',
            finding: 'labs/quetta/events/2026-09-19-schools-community-day.yaml:4:67 error head-counts the event of 19 September 2026 counts 45 women among 40 people (citizens, technologists and government officials); correct `women` or the head counts in `audience`',
        },
    },
    reads: 'lab',
    check({ network, report }) {
        for (const folder of network.labs.values()) {
            for (const file of folder.events.values()) {
                const event = file.record;
                for (const key of COUNTS) {
                    const count = event?.audience?.[key];
                    if (event === undefined || count === undefined || count <= MOST_PEOPLE)
                        continue;
                    report({
                        file: file.path,
                        path: ['audience', key],
                        message: `the event of ${formatDay(event.date)} counts ${count} ${key === 'government' ? 'government officials' : key}, more than any lab event holds (${MOST_PEOPLE.toLocaleString('en')}): is it a phone number or a slip? correct it`,
                    });
                }
                const women = event?.audience?.women;
                if (!event || women === undefined || women <= headCount(event.audience))
                    continue;
                const { citizens, technologists, government } = event.audience ?? {};
                const counted = [citizens, technologists, government].some((count) => count !== undefined);
                report({
                    file: file.path,
                    path: ['audience', 'women'],
                    message: counted
                        ? `the event of ${formatDay(event.date)} counts ${women} women among ${headCount(event.audience)} people (citizens, technologists and government officials); correct \`women\` or the head counts in \`audience\``
                        : `the event of ${formatDay(event.date)} counts ${women} women but nobody else; add the citizens, technologists and government officials who came to \`audience\``,
                });
            }
        }
    },
};
