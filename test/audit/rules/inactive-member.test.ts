import { inactiveMember } from '../../../src/audit/rules/inactive-member.js';
import { meeting, member } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const sara = 'labs/lahore/members/sara-malik.yaml';
const present = ['ayesha-khan'];
/** A lab meeting written without `attendance`: held, but who came is unknown. */
const unrecorded = (date: string) => ({ [`labs/lahore/events/${date}-meetup.yaml`]: `title: Meetup\nkind: meetup\ndate: ${date}\n` });

testRule(inactiveMember, {
  valid: [
    { name: 'a member who came', files: { ...member('sara-malik', '2026-02-01'), ...meeting('2026-09-05', ['ayesha-khan', 'sara-malik']), ...meeting('2026-10-10', ['ayesha-khan', 'sara-malik']) } },
    {
      name: 'a member excused once between misses',
      files: { ...member('sara-malik', '2026-02-01'), ...meeting('2026-09-05', present), ...meeting('2026-09-20', present, ['sara-malik'], 'hack-night'), ...meeting('2026-10-10', present) },
    },
    {
      name: 'a member who joined after the first missed meeting',
      files: { ...member('sara-malik', '2026-09-10'), ...meeting('2026-09-05', present), ...meeting('2026-10-10', present) },
    },
    {
      name: 'a member warned after the misses',
      files: { ...member('sara-malik', '2026-02-01', 'warnings: [{ date: 2026-10-12, reason: Missed two meetups }]\n'), ...meeting('2026-09-05', present), ...meeting('2026-10-10', present) },
    },
    {
      name: 'misses that are still in the future',
      files: { ...member('sara-malik', '2026-02-01'), ...meeting('2026-09-05', present), ...meeting('2026-11-21', present) },
      asOf: '2026-11-20',
    },
    { name: 'meetings whose attendance was not recorded', files: { ...member('sara-malik', '2026-02-01'), ...unrecorded('2026-09-05'), ...unrecorded('2026-10-10') } },
    {
      name: 'a miss, then a meeting without attendance, then a meeting she came to',
      files: { ...member('sara-malik', '2026-02-01'), ...meeting('2026-09-05', present), ...unrecorded('2026-10-10'), ...meeting('2026-11-07', ['ayesha-khan', 'sara-malik']) },
    },
    {
      name: 'a member just reinstated, for the misses that got her offboarded',
      files: {
        ...member('sara-malik', '2026-02-01', [
          'warnings: [{ date: 2026-04-01, reason: a }, { date: 2026-05-01, reason: b }]',
          'offboarded: { date: 2026-08-01, reason: Inactive after two warnings, handover: None }',
          'reinstated: [{ date: 2026-10-01, terms: Comes to every meetup }]',
          '',
        ].join('\n')),
        ...meeting('2026-06-06', present),
        ...meeting('2026-07-04', present),
        ...meeting('2026-09-05', present),
      },
      asOf: '2026-10-05',
    },
    { name: 'an event that is no lab meeting', files: { ...member('sara-malik', '2026-02-01'), ...meeting('2026-09-05', present), ...meeting('2026-10-10', present, [], 'workshop') } },
    {
      name: 'an offboarded member',
      files: {
        ...member('sara-malik', '2026-02-01', 'status: offboarded\noffboarded: { date: 2026-08-01, reason: Moved away, handover: Notes to Ayesha }\n'),
        ...meeting('2026-09-05', present),
        ...meeting('2026-10-10', present),
      },
    },
  ],
  invalid: [
    {
      name: 'two meetings missed in a row without notice, and no warning',
      files: { ...member('sara-malik', '2026-02-01'), ...meeting('2026-09-05', present), ...meeting('2026-10-10', present) },
      findings: [
        {
          file: sara,
          line: null,
          message: 'Sara Malik (sara-malik) of lab lahore missed 2 lab meetings in a row without notice (5 September 2026 and 10 October 2026) and has had no formal warning since; the handbook\'s next step is a warning: `cil member warn lahore sara-malik --reason "..."`',
        },
      ],
    },
    {
      name: 'the warning is still owed after the member comes back',
      files: { ...member('sara-malik', '2026-02-01'), ...meeting('2026-09-05', present), ...meeting('2026-10-10', present), ...meeting('2026-11-07', ['ayesha-khan', 'sara-malik']) },
      findings: [{ file: sara, message: 'missed 2 lab meetings in a row without notice (5 September 2026 and 10 October 2026)' }],
    },
    {
      name: 'two misses with a meeting between them whose attendance was not recorded, which is left out of the count',
      files: { ...member('sara-malik', '2026-02-01'), ...meeting('2026-09-05', present), ...unrecorded('2026-09-20'), ...meeting('2026-10-10', present) },
      findings: [{ file: sara, message: 'missed 2 lab meetings in a row without notice (5 September 2026 and 10 October 2026)' }],
    },
    {
      name: 'two misses after a reinstatement, counted afresh',
      files: {
        ...member('sara-malik', '2026-02-01', 'offboarded: { date: 2026-08-01, reason: Inactive, handover: None }\nreinstated: [{ date: 2026-09-05, terms: Comes to every meetup }]\n'),
        ...meeting('2026-07-04', present),
        ...meeting('2026-09-05', present),
        ...meeting('2026-10-10', present),
        ...meeting('2026-11-07', present),
      },
      findings: [{ file: sara, message: 'missed 2 lab meetings in a row without notice (10 October 2026 and 7 November 2026)' }],
    },
    {
      name: 'two misses after an earlier warning',
      files: {
        ...member('sara-malik', '2026-02-01', 'warnings: [{ date: 2026-05-01, reason: Missed two meetups }]\n'),
        ...meeting('2026-04-04', present),
        ...meeting('2026-06-06', present),
        ...meeting('2026-07-04', present),
      },
      findings: [{ file: sara, message: '(6 June 2026 and 4 July 2026)' }],
    },
    {
      name: 'the threshold of the policy',
      files: { 'cil.yaml': 'network: Test\npolicy: { inactivity_missed_in_a_row: 3 }\n', ...member('sara-malik', '2026-02-01'), ...meeting('2026-08-01', present), ...meeting('2026-09-05', present), ...meeting('2026-10-10', present) },
      findings: [{ file: sara, message: 'missed 3 lab meetings in a row' }],
    },
  ],
});
