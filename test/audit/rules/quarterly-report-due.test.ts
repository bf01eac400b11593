import { quarterlyReportDue } from '../../../src/audit/rules/quarterly-report-due.js';
import { LAB, lab, report } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const q3 = lab('2026-07-01');
const sent = (submitted: string) => report('2026-Q3-quarterly', `kind: quarterly\nperiod: 2026-Q3\nsubmitted: ${submitted}\nstory: We met.\n`);
const q4OnTime = report('2026-Q4-quarterly', 'kind: quarterly\nperiod: 2026-Q4\nsubmitted: 2027-01-10\nstory: We met again.\n');

testRule(quarterlyReportDue, {
  valid: [
    { name: 'nothing yet on the 15th after the quarter', files: q3, asOf: '2026-10-15' },
    { name: 'a report submitted on the due day', files: { ...q3, ...sent('2026-10-15') }, asOf: '2026-12-01' },
    { name: 'a late report once the next quarterly report is due: history', files: { ...q3, ...sent('2026-10-20'), ...q4OnTime }, asOf: '2027-01-16' },
    { name: 'monthly reports are not quarterly ones', files: { ...lab('2026-10-01'), ...report('2026-10-monthly', 'kind: monthly\nperiod: 2026-10\n') }, asOf: '2026-11-20' },
  ],
  invalid: [
    {
      name: 'a missing report after the due day',
      files: q3,
      asOf: '2026-10-16',
      findings: [{ file: LAB, message: 'the quarterly report of lab lahore for Q3 2026 (July to September) was due by 15 October 2026 and is missing; draft it with `cil report quarterly lahore --period 2026-Q3`' }],
    },
    {
      name: 'a late report',
      files: { ...q3, ...sent('2026-10-20') },
      asOf: '2026-11-01',
      findings: [{ file: 'labs/lahore/reports/2026-Q3-quarterly.yaml', line: 3, severity: 'warning', message: 'was submitted on 20 October 2026, after it was due (15 October 2026)' }],
    },
    {
      name: 'a late report until the next quarterly report is due',
      files: { ...q3, ...sent('2026-10-20'), ...q4OnTime },
      asOf: '2027-01-15',
      findings: [{ file: 'labs/lahore/reports/2026-Q3-quarterly.yaml', severity: 'warning', message: 'send the next one on time, by 15 January 2027' }],
    },
    {
      name: 'a due day set in the policy',
      files: { ...q3, 'cil.yaml': 'network: Test\npolicy: { quarterly_report_due_day: 5 }\n' },
      asOf: '2026-10-06',
      findings: [{ file: LAB, message: 'was due by 5 October 2026 and is missing' }],
    },
  ],
});
