import { citizenMeetings } from '../../../src/audit/rules/citizen-meetings.js';
import { LAB, lab, meeting } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const q3 = lab('2026-07-01');
const citizen = (id: string, consent: string, extra = '') => ({
  [`labs/lahore/citizens/${id}.yaml`]: `name: ${id}\nconsent: ${consent}\n${extra.includes('status:') ? '' : 'status: active\n'}${extra}`,
});
const met = (...ids: string[]) => `citizens_met: [${ids.join(', ')}]\n`;

testRule(citizenMeetings, {
  valid: [
    { name: 'a lab with no citizens', files: q3, asOf: '2026-10-01' },
    { name: 'a citizen met at an event of the quarter', files: { ...q3, ...citizen('nasreen', '2026-06-20'), ...meeting('2026-08-01', [], [], 'meetup', met('nasreen')) }, asOf: '2026-10-01' },
    { name: 'a quarter not yet over', files: { ...q3, ...citizen('nasreen', '2026-06-20') }, asOf: '2026-09-30' },
    { name: 'a citizen who consented after the quarter began', files: { ...q3, ...citizen('nasreen', '2026-07-02') }, asOf: '2026-10-01' },
    { name: 'an inactive citizen', files: { ...q3, ...citizen('nasreen', '2026-06-20', 'status: inactive\n') }, asOf: '2026-10-01' },
    {
      name: 'the event where the lab first met a citizen',
      files: { ...q3, ...citizen('nasreen', '2026-06-20', 'met_at: 2026-08-01-community-event\n'), ...meeting('2026-08-01', [], [], 'community-event') },
      asOf: '2026-10-01',
    },
    {
      name: 'a policy of none a quarter',
      files: { 'cil.yaml': 'network: Test\npolicy: { citizen_meetings_per_quarter: 0 }\n', ...q3, ...citizen('nasreen', '2026-06-20') },
      asOf: '2026-10-01',
    },
    { name: 'a dormant lab', files: { [LAB]: (q3[LAB] as string).replace('status: active', 'status: dormant'), ...citizen('nasreen', '2026-06-20') }, asOf: '2026-10-01' },
  ],
  invalid: [
    {
      name: 'an active citizen nobody met in an ended quarter',
      files: { ...q3, ...citizen('nasreen', '2026-06-20'), ...citizen('bilal', '2026-06-20') },
      asOf: '2026-10-01',
      findings: [{ file: LAB, line: null, message: 'lab lahore lists 2 active citizens and met none of them in Q3 2026 (July to September) (at least 1 event a quarter)' }],
    },
    {
      name: 'a meeting in the quarter after does not count',
      files: { ...q3, ...citizen('nasreen', '2026-06-20'), ...meeting('2026-10-01', [], [], 'meetup', met('nasreen')) },
      asOf: '2026-10-02',
      findings: [{ file: LAB, message: 'lists 1 active citizen and met none of them in Q3 2026' }],
    },
    {
      name: 'an id in citizens_met that is no citizen of the lab',
      files: { ...q3, ...citizen('nasreen', '2026-06-20'), ...meeting('2026-08-01', [], [], 'meetup', met('nasren')) },
      asOf: '2026-10-01',
      findings: [{ file: LAB, message: 'met none of them in Q3 2026' }],
    },
    {
      name: 'meeting only a citizen who no longer takes part',
      files: { ...q3, ...citizen('nasreen', '2026-06-20'), ...citizen('old', '2026-06-20', 'status: inactive\n'), ...meeting('2026-08-01', [], [], 'meetup', met('old')) },
      asOf: '2026-10-01',
      findings: [{ file: LAB, message: 'lists 1 active citizen and met none of them in Q3 2026' }],
    },
    {
      name: 'fewer events than the policy asks',
      files: { 'cil.yaml': 'network: Test\npolicy: { citizen_meetings_per_quarter: 2 }\n', ...q3, ...citizen('nasreen', '2026-06-20'), ...meeting('2026-08-01', [], [], 'meetup', met('nasreen')) },
      asOf: '2026-10-01',
      findings: [{ file: LAB, message: 'met some of them at 1 event in Q3 2026 (July to September) (at least 2 events a quarter)' }],
    },
  ],
});
