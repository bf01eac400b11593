import { mentorCheckInDue } from '../../../src/audit/rules/mentor-check-in-due.js';
import { LAB, lab, meeting } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const q3 = lab('2026-07-01');
const checkIn = (date: string) => meeting(date, [], [], 'mentor-check-in');
/** cil.yaml with these rules' severities. */
const rules = (severities: string) => ({ 'cil.yaml': `network: Test\nrules: { ${severities} }\n` });
const quiet = 'community-event-per-quarter: off, monthly-report-due: off, quarterly-report-due: off';

testRule(mentorCheckInDue, {
  valid: [
    { name: 'a check-in within 30 days of the quarter', files: { ...q3, ...checkIn('2026-10-15') }, asOf: '2026-11-20' },
    { name: 'a check-in on the last day of the window', files: { ...q3, ...checkIn('2026-10-30') }, asOf: '2026-11-20' },
    { name: 'the window not yet over (its last day is still on time)', files: q3, asOf: '2026-10-30' },
    { name: 'a lab that fell behind in nothing the accountability rules count as errors', files: { ...q3, ...rules(`meetups-per-month: warning, ${quiet}`) }, asOf: '2026-11-20' },
    { name: 'a closed lab', files: { [LAB]: (q3[LAB] as string).replace('status: active', 'status: closed') }, asOf: '2026-11-20' },
  ],
  invalid: [
    {
      name: 'a lab that fell behind and held no check-in',
      files: { ...q3, ...rules(quiet) },
      asOf: '2026-11-20',
      findings: [
        {
          file: LAB,
          line: null,
          message: 'lab lahore fell behind in Q3 2026 (July to September) (too few lab meetings in July 2026; too few lab meetings in August 2026; too few lab meetings in September 2026) and held no mentor check-in by 30 October 2026 (within 30 days of the quarter); record it with `cil event add lahore --kind mentor-check-in`',
        },
      ],
    },
    {
      name: 'a missing report counts',
      files: { ...q3, ...rules('meetups-per-month: off, community-event-per-quarter: off') },
      asOf: '2026-11-20',
      findings: [{ file: LAB, message: '(the 2026-07-monthly report missing; the 2026-08-monthly report missing; the 2026-09-monthly report missing; the 2026-Q3-quarterly report missing)' }],
    },
    {
      name: 'too few community events count',
      files: { ...q3, ...rules('meetups-per-month: off, monthly-report-due: off, quarterly-report-due: off') },
      asOf: '2026-11-20',
      findings: [{ file: LAB, message: '(too few community events)' }],
    },
    { name: 'a check-in during the quarter is not after it', files: { ...q3, ...rules(quiet), ...checkIn('2026-09-20') }, asOf: '2026-11-20', findings: [{ file: LAB, message: 'Q3 2026' }] },
    { name: 'a check-in after the window is too late', files: { ...q3, ...rules(quiet), ...checkIn('2026-10-31') }, asOf: '2026-11-20', findings: [{ file: LAB, message: 'by 30 October 2026' }] },
    {
      name: 'the days of the policy',
      files: { 'cil.yaml': `network: Test\npolicy: { mentor_check_in_within_days: 10 }\nrules: { ${quiet} }\n`, ...q3, ...checkIn('2026-10-15') },
      asOf: '2026-11-20',
      findings: [{ file: LAB, message: 'held no mentor check-in by 10 October 2026 (within 10 days of the quarter)' }],
    },
  ],
});
