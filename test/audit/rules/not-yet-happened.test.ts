import { notYetHappened } from '../../../src/audit/rules/not-yet-happened.js';
import { meeting, member, report } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const planned = (extra: string) => ({ 'labs/lahore/events/2026-12-05-meetup.yaml': `title: December meetup\nkind: meetup\ndate: 2026-12-05\n${extra}` });
const monthly = (period: string, submitted: string) => report(`${period}-monthly`, `kind: monthly\nperiod: ${period}\nsubmitted: ${submitted}\n`);

testRule(notYetHappened, {
  valid: [
    { name: 'an event to come with its organizers and venue', files: planned('venue: Library\norganizers: [ayesha-khan]\n') },
    { name: 'an event to come with empty attendance lists', files: planned('attendance: { present: [], excused: [] }\n') },
    { name: 'an event of today with its attendance and head counts', files: meeting('2026-11-20', ['ayesha-khan'], [], 'meetup', 'audience: { citizens: 4 }\n') },
    { name: 'the report of the month under way, submitted today', files: monthly('2026-11', '2026-11-20') },
    { name: 'last month\'s report, submitted on its first day', files: monthly('2026-10', '2026-10-01') },
    { name: 'a member who joined today', files: member('omar-farooq', '2026-11-20') },
    { name: 'a discovery report', files: report('budget-discovery', 'kind: discovery\nproject: budget\nsubmitted: 2026-11-20\n') },
  ],
  invalid: [
    {
      name: 'an event to come with attendance and head counts',
      files: planned('attendance: { present: [ayesha-khan] }\naudience: { citizens: 14 }\n'),
      findings: [
        {
          file: 'labs/lahore/events/2026-12-05-meetup.yaml',
          line: 4,
          column: 13,
          message: 'the event of 5 December 2026 has not happened yet, so nobody can have been present or excused; record `attendance` after it, or correct its `date`',
        },
        { file: 'labs/lahore/events/2026-12-05-meetup.yaml', line: 5, message: 'has not happened yet, so nobody can have been counted; record `audience` after it' },
      ],
    },
    {
      name: 'a member who joins on a day still to come',
      files: member('omar-farooq', '2026-12-15'),
      findings: [
        {
          file: 'labs/lahore/members/omar-farooq.yaml',
          line: 2,
          column: 9,
          message: 'Omar Farooq is recorded as joining on 15 December 2026, a day still to come; correct `joined` with `cil member edit lahore omar-farooq --joined <date>`',
        },
      ],
    },
    {
      name: 'a report for a month that has not begun',
      files: monthly('2026-12', '2026-11-20'),
      findings: [
        {
          file: 'labs/lahore/reports/2026-12-monthly.yaml',
          line: 2,
          column: 9,
          message: 'the monthly report for December 2026 is for a period that begins only on 1 December 2026; correct `period`, or draft it once the period is under way',
        },
      ],
    },
    {
      name: 'a report submitted before its period began',
      files: report('2026-Q4-quarterly', 'kind: quarterly\nperiod: 2026-Q4\nsubmitted: 2026-09-30\n'),
      findings: [{ file: 'labs/lahore/reports/2026-Q4-quarterly.yaml', line: 3, message: 'was submitted on 30 September 2026, before its period began (1 October 2026); correct `submitted` or `period`' }],
    },
    {
      name: 'a report submitted on a day still to come',
      files: monthly('2026-10', '2026-12-01'),
      findings: [{ file: 'labs/lahore/reports/2026-10-monthly.yaml', line: 3, message: 'is dated as submitted on 1 December 2026, a day still to come; correct `submitted`' }],
    },
  ],
});
