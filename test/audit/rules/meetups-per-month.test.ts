import { meetupsPerMonth } from '../../../src/audit/rules/meetups-per-month.js';
import { LAB, lab, meeting } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const september = { ...lab('2026-09-01'), ...meeting('2026-09-15', ['ayesha-khan']) };

testRule(meetupsPerMonth, {
  valid: [
    { name: 'a meeting in every ended month', files: { ...september, ...meeting('2026-10-15', ['ayesha-khan']) }, asOf: '2026-11-20' },
    { name: 'a month not yet over (its last day included)', files: september, asOf: '2026-10-31' },
    { name: 'a meeting on the last day of the month', files: { ...september, ...meeting('2026-10-31') }, asOf: '2026-11-01' },
    { name: 'a hack night or a CfP call counts', files: { ...september, ...meeting('2026-10-02', [], [], 'cfp-call') }, asOf: '2026-11-01' },
    { name: 'the month the lab was founded in, after its first day', files: lab('2026-09-02'), asOf: '2026-10-01' },
    {
      name: "an event kind the lab's meeting_kinds counts",
      files: { ...lab('2026-09-01', 'meeting_kinds: [workshop]\n'), ...meeting('2026-09-10', [], [], 'workshop') },
      asOf: '2026-10-01',
    },
    { name: 'a dormant lab', files: { [LAB]: 'name: L\ncity: L\nprovince: Punjab\nfounded: 2026-01-01\nstatus: dormant\nleads: [ayesha-khan]\n' } },
  ],
  invalid: [
    {
      name: 'a month without a meeting, once it is over',
      files: september,
      asOf: '2026-11-01',
      findings: [{ file: LAB, line: null, message: 'lab lahore held no lab meetings in October 2026, and the network asks for at least 1 a month; if a meeting happened, record it with `cil event add lahore`' }],
    },
    { name: 'a workshop is no lab meeting', files: { ...lab('2026-10-01'), ...meeting('2026-10-12', [], [], 'workshop') }, asOf: '2026-11-01', findings: [{ file: LAB, message: 'no lab meetings in October 2026' }] },
    {
      name: 'fewer meetings than the policy asks',
      files: { ...september, 'cil.yaml': 'network: Test\npolicy: { meetups_per_month: 2 }\n' },
      asOf: '2026-10-01',
      findings: [{ file: LAB, message: 'held 1 lab meeting in September 2026, and the network asks for at least 2 a month' }],
    },
  ],
});
