import { eventTimes } from '../../../src/audit/rules/event-times.js';
import { meeting } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const timed = (extra: string) => meeting('2026-11-05', ['ayesha-khan'], [], 'hackathon', extra);
const file = 'labs/lahore/events/2026-11-05-hackathon.yaml';
const london = { 'cil.yaml': 'network: Test Network\ntimezone: Europe/London\ncore_team: [cfp-core]\n' };
const spring = (extra: string) => meeting('2026-03-29', ['ayesha-khan'], [], 'hackathon', extra);

testRule(eventTimes, {
  valid: [
    { name: 'no times: all day', files: timed('') },
    { name: 'an evening', files: timed('starts: "18:00"\nends: "20:30"\n') },
    { name: 'a start alone', files: timed('starts: "18:00"\n') },
    { name: 'over two days, ending earlier in the day than it started', files: timed('starts: "18:00"\nends: "12:00"\nuntil: 2026-11-06\n') },
    { name: 'over two days, all day', files: timed('until: 2026-11-06\n') },
    { name: 'until its own date', files: timed('until: 2026-11-05\nstarts: "09:00"\nends: "17:00"\n') },
    { name: '01:30 in Asia/Karachi, whose clocks skip no hour', files: timed('starts: "01:30"\nends: "02:15"\n') },
    { name: 'an hour after the clocks go forward in London', files: { ...london, ...spring('starts: "02:30"\nends: "03:15"\n') } },
  ],
  invalid: [
    {
      name: 'a start at an hour the clocks skip, in the network\'s zone',
      files: { ...london, ...spring('starts: "01:30"\nends: "02:15"\n') },
      findings: [{ file: 'labs/lahore/events/2026-03-29-hackathon.yaml', line: 5, message: 'the event of 29 March 2026 starts at 01:30, a time the clocks skip in Europe/London that day; correct `starts`' }],
    },
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
