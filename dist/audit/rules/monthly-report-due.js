import { reportDueRule } from './report-due.js';
/** The handbook: a monthly progress update, due by `monthly_report_due_day` of the next month. */
export const monthlyReportDue = reportDueRule('monthly-report-due', 'monthly', 'The monthly progress update of every ended month since the lab\'s founding exists once its due day (`monthly_report_due_day` of the next month) has passed, and was submitted by then: missing is an error; late is a warning until the next monthly update is due, then history.');
