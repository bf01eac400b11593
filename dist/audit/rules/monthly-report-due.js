import { reportDueRule } from './report-due.js';
/** The handbook: a monthly progress update, due by `monthly_report_due_day` of the next month. */
export const monthlyReportDue = reportDueRule('monthly-report-due', 'monthly', 'The monthly progress update of every ended month since the lab\'s founding exists once its due day (`monthly_report_due_day` of the next month) has passed, and was submitted by then: missing is an error; late is a warning until the next monthly update is due, then history.', {
    why: 'The monthly update is how the core team and partners follow a lab: a missing one leaves the network blind, and a late one is counted so that the next comes on time.',
    fix: 'Draft the missing update with `cil report monthly <lab> --period <YYYY-MM>`, complete it, set `submitted` and render it with `cil report render`. A late one needs nothing but the next update on time; the warning ends when that is due.',
    example: {
        file: 'labs/quetta/lab.yaml',
        finding: 'labs/quetta/lab.yaml error monthly-report-due the monthly report of lab quetta for October 2026 was due by 7 November 2026 and is missing; draft it with `cil report monthly quetta --period 2026-10`',
    },
});
