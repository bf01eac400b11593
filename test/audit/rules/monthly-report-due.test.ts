import { monthlyReportDue } from '../../../src/audit/rules/monthly-report-due.js';
import { LAB, lab, report } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const september = lab('2026-09-01');
const sent = (submitted: string) => report('2026-09-monthly', `kind: monthly\nperiod: 2026-09\nsubmitted: ${submitted}\n`);
const octoberOnTime = report('2026-10-monthly', 'kind: monthly\nperiod: 2026-10\nsubmitted: 2026-11-07\n');

testRule(monthlyReportDue, {
  valid: [
    { name: 'nothing yet on the due day itself', files: september, asOf: '2026-10-07' },
    { name: 'a report submitted on the due day', files: { ...september, ...sent('2026-10-07') }, asOf: '2026-11-01' },
    { name: 'a month the lab joined after its first day', files: lab('2026-09-02'), asOf: '2026-10-20' },
    { name: 'a late report once the next monthly update is due: history, shown by cil status', files: { ...september, ...sent('2026-10-08'), ...octoberOnTime }, asOf: '2026-11-08' },
    { name: 'a report without a submitted date once the next one is due', files: { ...september, ...report('2026-09-monthly', 'kind: monthly\nperiod: 2026-09\n'), ...octoberOnTime }, asOf: '2026-11-08' },
    {
      name: 'a late December report once January\'s is due',
      files: { ...lab('2026-12-01'), ...report('2026-12-monthly', 'kind: monthly\nperiod: 2026-12\nsubmitted: 2027-01-09\n'), ...report('2027-01-monthly', 'kind: monthly\nperiod: 2027-01\nsubmitted: 2027-02-07\n') },
      asOf: '2027-02-08',
    },
    { name: 'a later due day in the policy', files: { ...september, 'cil.yaml': 'network: Test\npolicy: { monthly_report_due_day: 10 }\n' }, asOf: '2026-10-10' },
  ],
  invalid: [
    {
      name: 'a missing report, the day after its due day',
      files: september,
      asOf: '2026-10-08',
      findings: [{ file: LAB, line: null, message: 'the monthly report of lab lahore for September 2026 was due by 7 October 2026 and is missing; draft it with `cil report monthly lahore --period 2026-09`' }],
    },
    {
      name: 'a late report, as a warning at its submitted date',
      files: { ...september, ...sent('2026-10-08') },
      asOf: '2026-11-01',
      findings: [{ file: 'labs/lahore/reports/2026-09-monthly.yaml', line: 3, column: 12, severity: 'warning', message: 'was submitted on 8 October 2026, after it was due (7 October 2026); send the next one on time, by 7 November 2026' }],
    },
    {
      name: 'a late report still on the next one\'s due day',
      files: { ...september, ...sent('2026-10-08') },
      asOf: '2026-11-07',
      findings: [{ file: 'labs/lahore/reports/2026-09-monthly.yaml', severity: 'warning', message: 'after it was due (7 October 2026)' }],
    },
    {
      name: 'a late December report until January\'s is due',
      files: { ...lab('2026-12-01'), ...report('2026-12-monthly', 'kind: monthly\nperiod: 2026-12\nsubmitted: 2027-01-09\n') },
      asOf: '2027-02-07',
      findings: [{ file: 'labs/lahore/reports/2026-12-monthly.yaml', severity: 'warning', message: 'send the next one on time, by 7 February 2027' }],
    },
    {
      name: 'a report without a submitted date, as information',
      files: { ...september, ...report('2026-09-monthly', 'kind: monthly\nperiod: 2026-09\n') },
      asOf: '2026-11-01',
      findings: [{ file: 'labs/lahore/reports/2026-09-monthly.yaml', line: 1, column: 1, severity: 'info', message: 'has no `submitted` date' }],
    },
  ],
});
