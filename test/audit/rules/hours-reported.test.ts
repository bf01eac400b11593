import { hoursReported } from '../../../src/audit/rules/hours-reported.js';
import { lab, member, report } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const FILE = 'labs/lahore/reports/2026-10-monthly.yaml';
// October has 31 days: a lead is asked 5 × 31 / 7 = 22.1 hours, a technologist 4 × 31 / 7 = 17.7.
const network = (hours: string, extra = 'submitted: 2026-11-05\n') => ({
  ...lab('2026-01-01'),
  ...member('ayesha-khan', '2026-01-01', 'roles: [{ role: organizer }]\n'),
  ...member('sara-malik', '2026-02-01'),
  ...member('usman-ali', '2026-02-01', 'roles: [{ role: member }]\n'),
  ...report('2026-10-monthly', `kind: monthly\nperiod: 2026-10\n${extra}${hours}`),
});

testRule(hoursReported, {
  valid: [
    { name: 'every core member at or above the commitment', files: network('hours: { ayesha-khan: 22.1, sara-malik: 20 }\n') },
    { name: 'a draft not yet submitted', files: network('', '') },
    { name: 'a plain member, who carries no commitment, reporting nothing', files: network('hours: { ayesha-khan: 30, sara-malik: 18 }\n') },
    {
      name: 'a member who joined after the month',
      files: { ...network('hours: { ayesha-khan: 30, sara-malik: 18 }\n'), ...member('bilal-ahmed', '2026-11-02') },
    },
    {
      name: 'a dormant lab',
      files: { ...network(''), 'labs/lahore/lab.yaml': 'name: L\ncity: Lahore\nprovince: Punjab\nfounded: 2026-01-01\nstatus: dormant\nleads: [ayesha-khan]\n' },
    },
  ],
  invalid: [
    {
      name: 'a member below the commitment, and one with a role who reported none',
      files: network('hours: { sara-malik: 9 }\n'),
      findings: [
        { file: FILE, line: 4, column: 8, message: 'the update for October 2026 records no hours for Ayesha Khan (lead, organizer); add them to `hours`' },
        { file: FILE, line: 4, column: 22, message: 'Sara Malik (technologist) reported 9 hours for October 2026, below the 17.7 the handbook asks (4 a week)' },
      ],
    },
    {
      name: 'a lead just below the lead commitment',
      files: network('hours: { ayesha-khan: 22, sara-malik: 18 }\n'),
      findings: [{ file: FILE, line: 4, message: 'Ayesha Khan (lead, organizer) reported 22 hours for October 2026, below the 22.1 the handbook asks (5 a week)' }],
    },
    {
      name: 'an update without hours',
      files: network(''),
      findings: [{ file: FILE, line: 1, column: 1, message: 'the update for October 2026 records no hours for Ayesha Khan (lead, organizer) and Sara Malik (technologist);' }],
    },
    {
      name: "the network's own commitment",
      files: { ...network('hours: { ayesha-khan: 30, sara-malik: 18 }\n'), 'cil.yaml': 'network: T\npolicy: { member_weekly_hours: 6 }\n' },
      findings: [{ file: FILE, message: 'below the 26.6 the handbook asks (6 a week)' }],
    },
  ],
});
