import { inactiveMember } from '../../../src/audit/rules/inactive-member.js';
import { offboardingDue } from '../../../src/audit/rules/offboarding-due.js';
import { lab, meeting, member, report } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

// The handbook: failing to meet deliverable deadlines or to submit updates is inactivity too.
// A lab's monthly and quarterly reports are its leads' to send.

const ayesha = 'labs/lahore/members/ayesha-khan.yaml';
const september = { ...lab('2026-09-01'), ...member('ayesha-khan', '2026-09-01', 'roles: [{ role: organizer }]\n'), ...member('sara-malik', '2026-09-01') };
const monthly = (period: string, submitted?: string) =>
  report(`${period}-monthly`, `kind: monthly\nperiod: ${period}\n${submitted === undefined ? '' : `submitted: ${submitted}\n`}`);
const both = ['ayesha-khan', 'sara-malik'];

testRule(inactiveMember, {
  valid: [
    { name: 'reports sent on time', files: { ...september, ...meeting('2026-09-12', both), ...monthly('2026-09', '2026-10-05'), ...monthly('2026-10', '2026-11-07') } },
    {
      name: 'a report on time ends a run, as a meeting attended does',
      files: { ...september, ...meeting('2026-10-03', ['sara-malik']), ...monthly('2026-09', '2026-10-05'), ...meeting('2026-10-10', ['sara-malik']), ...monthly('2026-10', '2026-11-02') },
      asOf: '2026-11-09',
    },
    {
      name: 'a report without a submitted date is left out of the count',
      files: { ...september, ...meeting('2026-09-12', both), ...monthly('2026-09'), ...monthly('2026-10', '2026-11-05') },
    },
    { name: 'a member who leads nothing is not charged with the reports', files: { ...september, ...meeting('2026-09-12', both), ...meeting('2026-10-10', both) }, asOf: '2026-11-06' },
    { name: 'a deadline still ahead', files: { ...september, ...meeting('2026-09-12', both), ...monthly('2026-09', '2026-10-05') }, asOf: '2026-11-07' },
    {
      name: 'a lead warned after the missed deadlines',
      files: { ...september, ...member('ayesha-khan', '2026-09-01', 'roles: [{ role: organizer }]\nwarnings: [{ date: 2026-11-10, reason: Reports missing }]\n') },
    },
  ],
  invalid: [
    {
      name: 'two reports missing past their due days',
      files: { ...september, ...meeting('2026-09-12', both) },
      findings: [
        {
          file: ayesha,
          line: null,
          message: 'Ayesha Khan (ayesha-khan) of lab lahore missed 2 report deadlines in a row without notice (the 2026-09-monthly report, due 7 October 2026; and the 2026-10-monthly report, due 7 November 2026) and has had no formal warning since',
        },
      ],
    },
    {
      name: 'a missed meeting, then a report sent after its due day',
      files: { ...september, ...meeting('2026-09-12', both), ...monthly('2026-09', '2026-10-05'), ...meeting('2026-10-10', ['sara-malik']), ...monthly('2026-10', '2026-11-12') },
      findings: [
        {
          file: ayesha,
          message: 'missed 2 lab meetings and report deadlines in a row without notice (the meeting of 10 October 2026; and the 2026-10-monthly report, due 7 November 2026)',
        },
      ],
    },
  ],
});

testRule(offboardingDue, {
  valid: [],
  invalid: [
    {
      name: 'a lead warned twice who then let two reports go missing',
      files: {
        ...september,
        ...member('ayesha-khan', '2026-09-01', 'roles: [{ role: organizer }]\nwarnings: [{ date: 2026-09-02, reason: a }, { date: 2026-09-03, reason: b }]\n'),
      },
      findings: [{ file: ayesha, message: 'has had 2 formal warnings and missed 2 lab meetings and report deadlines in a row since the last (3 September 2026)' }],
    },
  ],
});
