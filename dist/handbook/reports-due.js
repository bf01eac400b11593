import { isoDay, monthPeriod, periodOf } from '../calendar/periods.js';
import { judgedMonths, judgedQuarters } from './judged.js';
/**
 * The monthly and quarterly reports of a lab whose due day has passed as of a day (the due
 * day itself is still on time), in order, each with whether it came and when.
 */
export function dueReports(folder, founded, policy, asOf) {
    const judge = (kind, periods, dueDay) => periods.flatMap((period) => {
        const due = dueDate(period, dueDay);
        if (due >= asOf)
            return [];
        const name = `${period.id}-${kind}`;
        const nextDue = dueAfter(period, kind === 'monthly' ? 1 : 3, dueDay);
        const file = folder.reports.get(name);
        if (!file)
            return [{ kind, period, name, due, state: 'missing', nextDue, history: false }];
        const submitted = file.record?.submitted;
        const state = submitted === undefined ? 'undated' : submitted > due ? 'late' : 'on-time';
        // The next report's due day itself is still the lab's to act on, as a due day is on time.
        const history = state !== 'on-time' && nextDue < asOf;
        return [{ kind, period, name, due, state, nextDue, history, file: file.path, submitted }];
    });
    return [
        ...judge('monthly', judgedMonths(founded, asOf), policy.monthly_report_due_day),
        ...judge('quarterly', judgedQuarters(founded, asOf), policy.quarterly_report_due_day),
    ];
}
/** The day a periodic report is due: a day of the month after its period ends. */
export function dueDate(period, dueDay) {
    return dueAfter(period, 0, dueDay);
}
/** The due day of the report of the period ending `months` after this one: the next month's or quarter's. */
function dueAfter(period, months, dueDay) {
    // The due month as year × 12 + (month − 1), so that December rolls over into January.
    const dueMonth = Number(period.end.slice(0, 4)) * 12 + Number(period.end.slice(5, 7)) + months;
    return isoDay(Math.floor(dueMonth / 12), (dueMonth % 12) + 1, dueDay);
}
/**
 * The period a lab's new report is drafted for by default: the oldest monthly or quarterly
 * report of the kind that is missing (a lab behind on its updates catches up in order, as the
 * audit asks), else the one `defaultPeriod` gives.
 */
export function draftPeriod(kind, folder, policy, asOf) {
    const founded = folder.lab?.record?.founded;
    const missing = founded === undefined ? undefined : dueReports(folder, founded, policy, asOf).find((due) => due.kind === kind && due.state === 'missing');
    return missing?.period ?? defaultPeriod(kind, asOf, policy);
}
/**
 * The period a new report is drafted for by default, as of a day: for monthly and
 * quarterly reports the one whose report is due next (on 3 December, with updates due on
 * the 7th, that is November; on 10 December it is December); for mid-year and annual
 * reports the last one that has ended.
 */
export function defaultPeriod(kind, asOf, policy) {
    const [year, month, dayOfMonth] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), Number(asOf.slice(8, 10))];
    switch (kind) {
        case 'monthly': {
            if (dayOfMonth > policy.monthly_report_due_day)
                return monthPeriod(year, month);
            return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
        }
        case 'quarterly': {
            const quarter = Math.ceil(month / 3);
            const firstMonth = quarter * 3 - 2;
            const previous = quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
            const current = `${year}-Q${quarter}`;
            const duePassed = month > firstMonth || dayOfMonth > policy.quarterly_report_due_day;
            return periodOf('quarterly', duePassed ? current : previous);
        }
        case 'midyear':
            return periodOf('midyear', `${month >= 7 ? year : year - 1}-H1`);
        case 'annual':
            return periodOf('annual', String(year - 1));
    }
}
