import { formatDay } from '../../calendar/format.js';
import { skippedTime } from '../../calendar/vtimezone.js';
import type { Rule } from '../types.js';

/**
 * An event's times make one span: it ends after it starts, on its last day (`until`, or its
 * date), and that last day is not before its first. A calendar would otherwise show an event
 * that ends before it begins, or drop it.
 */
export const eventTimes: Rule = {
  id: 'event-times',
  description: 'An event ends after it starts: `until` (its last day) is not before `date`, `ends` is after `starts` on an event of one day, and `starts` is not a time the clocks skip that day in the network\'s time zone.',
  severity: 'error',
  help: {
    why: 'Times feed reports and the calendar `cil export ics` writes: an event that ends before it starts is shown wrongly, or not at all, in the calendars people subscribe to.',
    fix: 'Correct `starts`, `ends` or `until` (`cil event edit <lab> <event> --starts 18:00 --ends 20:00`); leave `until` out for an event of one day.',
    example: {
      file: 'labs/quetta/events/2026-09-05-meetup-september.yaml',
      yaml: 'title: "Meetup: first interviews"\nkind: meetup\ndate: 2026-09-05\nstarts: "18:00"\nends: "11:00"\n',
      finding: 'labs/quetta/events/2026-09-05-meetup-september.yaml:5:7 error event-times the event of 5 September 2026 ends at 11:00, before it starts at 18:00; correct `ends`, or give `until` for an event over several days',
    },
  },
  reads: 'lab',
  check({ network, settings, report }) {
    for (const folder of network.labs.values()) {
      for (const file of folder.events.values()) {
        const event = file.record;
        if (!event) continue;
        if (event.until !== undefined && event.until < event.date) {
          report({
            file: file.path,
            path: ['until'],
            message: `the event of ${formatDay(event.date)} lasts until ${formatDay(event.until)}, before it begins; \`until\` is its last day, on or after \`date\``,
          });
        } else if (event.starts !== undefined && event.ends !== undefined && (event.until ?? event.date) === event.date
          && event.ends <= event.starts) {
          report({
            file: file.path,
            path: ['ends'],
            message: `the event of ${formatDay(event.date)} ends at ${event.ends}, ${event.ends === event.starts ? 'when' : 'before'} it starts at ${event.starts}; correct \`ends\`, or give \`until\` for an event over several days`,
          });
        } else if (event.starts !== undefined && skippedTime(settings.timezone, event.date, event.starts)) {
          // A calendar leaves it out: its start is read as the hour after, maybe after its end.
          report({
            file: file.path,
            path: ['starts'],
            message: `the event of ${formatDay(event.date)} starts at ${event.starts}, a time the clocks skip in ${settings.timezone} that day; correct \`starts\``,
          });
        }
      }
    }
  },
};
