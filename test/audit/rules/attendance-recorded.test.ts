import { attendanceRecordedRule } from '../../../src/audit/rules/attendance-recorded.js';
import { meeting } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const unrecorded = (date: string, kind = 'meetup') => ({ [`labs/lahore/events/${date}-${kind}.yaml`]: `title: A ${kind}\nkind: ${kind}\ndate: ${date}\n` });

testRule(attendanceRecordedRule, {
  valid: [
    { name: 'a meeting with its attendance', files: meeting('2026-11-05', ['ayesha-khan']) },
    { name: 'a meeting where only the excused are written down', files: { 'labs/lahore/events/2026-11-05-meetup.yaml': 'title: A meetup\nkind: meetup\ndate: 2026-11-05\nattendance: { excused: [ayesha-khan] }\n' } },
    { name: 'a meeting still to come', files: unrecorded('2026-11-21') },
    { name: 'an event that is no lab meeting', files: unrecorded('2026-11-05', 'workshop') },
    { name: 'a meeting of a dormant lab', files: { ...unrecorded('2026-11-05'), 'labs/lahore/lab.yaml': 'name: Lab\ncity: Lahore\nprovince: Punjab\nfounded: 2026-01-01\nstatus: dormant\nleads: [ayesha-khan]\n' } },
  ],
  invalid: [
    {
      name: 'a meeting that took place without its attendance',
      files: unrecorded('2026-11-05'),
      findings: [
        {
          file: 'labs/lahore/events/2026-11-05-meetup.yaml',
          line: 1,
          column: 1,
          message: 'the meetup of lab lahore on 5 November 2026 has no `attendance`, so nobody counts as having missed it; record who came: `attendance: { present: [...], excused: [...] }`',
        },
      ],
    },
    { name: 'one held today', files: unrecorded('2026-11-20', 'hack-night'), findings: [{ file: 'labs/lahore/events/2026-11-20-hack-night.yaml', message: 'the hack-night of lab lahore on 20 November 2026' }] },
    {
      name: "a kind the lab's meeting_kinds count",
      files: { ...unrecorded('2026-11-05', 'workshop'), 'labs/lahore/lab.yaml': 'name: Lab\ncity: Lahore\nprovince: Punjab\nfounded: 2026-01-01\nstatus: active\nleads: [ayesha-khan]\nmeeting_kinds: [workshop]\n' },
      findings: [{ file: 'labs/lahore/events/2026-11-05-workshop.yaml', message: 'the workshop of lab lahore' }],
    },
  ],
});
