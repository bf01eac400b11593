import { formatDay } from '../../calendar/format.js';
import { headCount } from '../../handbook/membership.js';
import type { Rule } from '../types.js';

/** Women are counted among the people who came, so there cannot be more of them than people. */
export const headCounts: Rule = {
  id: 'head-counts',
  description: 'The women counted at an event are no more than its head count: the citizens, technologists and government officials who came.',
  severity: 'error',
  reads: 'lab',
  check({ network, report }) {
    for (const folder of network.labs.values()) {
      for (const file of folder.events.values()) {
        const event = file.record;
        const women = event?.audience?.women;
        if (!event || women === undefined || women <= headCount(event.audience)) continue;
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
