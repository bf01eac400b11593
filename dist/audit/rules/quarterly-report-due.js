import { reportDueRule } from './report-due.js';
/** The handbook: a quarterly events-and-meetups report, with the lab's story. */
export const quarterlyReportDue = reportDueRule('quarterly-report-due', 'quarterly', 'The events-and-meetups report of every ended quarter since the lab\'s founding exists once its due day (`quarterly_report_due_day` of the month after the quarter, default 15) has passed, and was submitted by then: missing is an error; late is a warning until the next quarterly report is due, then history.', {
    why: 'The quarterly events-and-meetups report tells the lab\'s story to the network and its partners; the annual and mid-year reports are built on it.',
    fix: 'Draft it with `cil report quarterly <lab> --period <YYYY-Qn>`, complete its story, set `submitted` and render it with `cil report render`. A late one needs nothing but the next one on time.',
    example: {
        file: 'labs/quetta/lab.yaml',
        finding: 'labs/quetta/lab.yaml error quarterly-report-due the quarterly report of lab quetta for Q3 2026 (July to September) was due by 15 October 2026 and is missing; draft it with `cil report quarterly quetta --period 2026-Q3`',
    },
});
