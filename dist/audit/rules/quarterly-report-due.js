import { reportDueRule } from './report-due.js';
/** The handbook: a quarterly events-and-meetups report, with the lab's story. */
export const quarterlyReportDue = reportDueRule('quarterly-report-due', 'quarterly', 'The events-and-meetups report of every ended quarter since the lab\'s founding exists once its due day (`quarterly_report_due_day` of the month after the quarter, default 15) has passed, and was submitted by then: missing is an error; late is a warning until the next quarterly report is due, then history.');
