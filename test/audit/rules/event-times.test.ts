import { eventTimes } from '../../../src/audit/rules/event-times.js';
import { meeting } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const timed = (extra: string) => meeting('2026-11-05', ['ayesha-khan'], [], 'hackathon', extra);
const file = 'labs/lahore/events/2026-11-05-hackathon.yaml';

testRule(eventTimes, {
  valid: [
    { name: 'no times: all day', files: timed('') },
    { name: 'an evening', files: timed('starts: "18:00"\nends: "20:30"\n') },
    { name: 'a start alone', files: timed('starts: "18:00"\n') },
    { name: 'over two days, ending earlier in the day than it started', files: timed('starts: "18:00"\nends: "12:00"\nuntil: 2026-11-06\n') },
    { name: 'over two days, all day', files: timed('until: 2026-11-06\n') },
    { name: 'until its own date', files: timed('until: 2026-11-05\nstarts: "09:00"\nends: "17:00"\n') },
  ],
  invalid: [
    {
      name: 'ends before it starts',
      files: timed('starts: "18:00"\nends: "11:00"\n'),
      findings: [{ file, line: 6, column: 7, message: 'the event of 5 November 2026 ends at 11:00, before it starts at 18:00; correct `ends`, or give `until` for an event over several days' }],
    },
    {
      name: 'ends when it starts',
      files: timed('starts: "18:00"\nends: "18:00"\n'),
      findings: [{ file, line: 6, message: 'ends at 18:00, when it starts at 18:00' }],
    },
    {
      name: 'until before its date',
      files: timed('until: 2026-11-04\n'),
      findings: [{ file, line: 5, column: 8, message: 'the event of 5 November 2026 lasts until 4 November 2026, before it begins; `until` is its last day, on or after `date`' }],
    },
  ],
});
