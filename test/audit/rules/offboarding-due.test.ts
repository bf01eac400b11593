import { offboardingDue } from '../../../src/audit/rules/offboarding-due.js';
import { meeting, member } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const sara = 'labs/lahore/members/sara-malik.yaml';
const twoWarnings = 'warnings:\n  - { date: 2026-06-01, reason: Missed two meetups }\n  - { date: 2026-08-01, reason: Missed two more }\n';
const present = ['ayesha-khan'];

testRule(offboardingDue, {
  valid: [
    { name: 'two warnings, then back at meetings', files: { ...member('sara-malik', '2026-02-01', twoWarnings), ...meeting('2026-09-05', ['sara-malik']), ...meeting('2026-10-10', present) } },
    {
      name: 'one warning and two misses (a warning is due, not offboarding)',
      files: { ...member('sara-malik', '2026-02-01', 'warnings: [{ date: 2026-06-01, reason: Missed two }]\n'), ...meeting('2026-09-05', present), ...meeting('2026-10-10', present) },
    },
    {
      name: 'warnings from before a reinstatement',
      files: {
        ...member('sara-malik', '2026-02-01', `${twoWarnings}reinstated: [{ date: 2026-08-20, terms: Attends every meetup }]\n`),
        ...meeting('2026-09-05', present),
        ...meeting('2026-10-10', present),
      },
    },
  ],
  invalid: [
    {
      name: 'two warnings and two misses since the last',
      files: { ...member('sara-malik', '2026-02-01', twoWarnings), ...meeting('2026-09-05', present), ...meeting('2026-10-10', present) },
      findings: [
        {
          file: sara,
          line: 5,
          column: 1,
          message: 'Sara Malik (sara-malik) of lab lahore has had 2 formal warnings and missed 2 lab meetings in a row since the last (1 August 2026); the handbook\'s next step is offboarding with a handover: `cil member offboard lahore sara-malik --reason "..." --handover "..."`',
        },
      ],
    },
  ],
});
