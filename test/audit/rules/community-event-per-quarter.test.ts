import { communityEventPerQuarter } from '../../../src/audit/rules/community-event-per-quarter.js';
import { LAB, lab, meeting } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const q3 = lab('2026-07-01');
const together = 'audience: { citizens: 12, technologists: 5 }\n';

testRule(communityEventPerQuarter, {
  valid: [
    { name: 'an event with citizens and technologists on the last day of the quarter', files: { ...q3, ...meeting('2026-09-30', [], [], 'community-event', together) }, asOf: '2026-10-01' },
    { name: 'a quarter not yet over', files: q3, asOf: '2026-09-30' },
    { name: 'a quarter the lab joined after its first day', files: lab('2026-07-02'), asOf: '2026-10-01' },
    { name: 'any kind of event counts when both came', files: { ...q3, ...meeting('2026-08-01', [], [], 'hackathon', together) }, asOf: '2026-10-01' },
  ],
  invalid: [
    {
      name: 'an ended quarter without one',
      files: q3,
      asOf: '2026-10-01',
      findings: [{ file: LAB, line: null, message: 'lab lahore held no events bringing citizens and technologists together in Q3 2026 (July to September) (at least 1 a quarter)' }],
    },
    {
      name: 'an event with citizens but no technologists',
      files: { ...q3, ...meeting('2026-08-01', [], [], 'community-event', 'audience: { citizens: 40, technologists: 0 }\n') },
      asOf: '2026-10-01',
      findings: [{ file: LAB, message: 'held no events bringing citizens and technologists together in Q3 2026' }],
    },
    {
      name: 'an event in the next quarter does not count',
      files: { ...q3, ...meeting('2026-10-01', [], [], 'community-event', together) },
      asOf: '2026-10-02',
      findings: [{ file: LAB, message: 'Q3 2026' }],
    },
  ],
});
