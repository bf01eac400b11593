import { daysInMonth } from '../schema/formats.js';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n) => String(n).padStart(2, '0');
export const isoDay = (year, month, dayOfMonth) => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
const lastDay = (year, month) => isoDay(year, month, daysInMonth(year, month));
/** The name of a month, 1-12. */
export const monthName = (month) => MONTHS[month - 1] ?? String(month);
/** The period a periodic report covers, or undefined when `id` is not of that kind's form. */
export function periodOf(kind, id) {
    const text = String(id);
    const year = Number(text.slice(0, 4));
    // The years a record may name (the schemas say the same).
    if (!(year >= 2000 && year <= 2100))
        return undefined;
    let match;
    switch (kind) {
        case 'monthly':
            if (!(match = /^\d{4}-(0[1-9]|1[0-2])$/.exec(text)))
                return undefined;
            return monthPeriod(year, Number(match[1]));
        case 'quarterly': {
            if (!(match = /^\d{4}-Q([1-4])$/.exec(text)))
                return undefined;
            const quarter = Number(match[1]);
            const first = quarter * 3 - 2;
            return {
                id: text,
                start: isoDay(year, first, 1),
                end: lastDay(year, first + 2),
                label: `Q${quarter} ${year} (${monthName(first)} to ${monthName(first + 2)})`,
            };
        }
        case 'midyear':
            if (!/^\d{4}-H1$/.test(text))
                return undefined;
            return { id: text, start: isoDay(year, 1, 1), end: isoDay(year, 6, 30), label: `January to June ${year}` };
        case 'annual':
            if (!/^\d{4}$/.test(text))
                return undefined;
            return { id: text, start: isoDay(year, 1, 1), end: isoDay(year, 12, 31), label: text };
    }
}
export function monthPeriod(year, month) {
    return { id: `${year}-${pad(month)}`, start: isoDay(year, month, 1), end: lastDay(year, month), label: `${monthName(month)} ${year}` };
}
/** The months (YYYY-MM) of a period, in order. */
export function monthsOf(period) {
    const months = [];
    const [, startYear = 0, startMonth = 0] = /^(\d+)-(\d{2})/.exec(period.start)?.map(Number) ?? [];
    const [, endYear = 0, endMonth = 0] = /^(\d+)-(\d{2})/.exec(period.end)?.map(Number) ?? [];
    let [year, month] = [startYear, startMonth];
    // Compared as numbers: as text, year 10000 would come before 9999 and the loop never end.
    while (year * 12 + month <= endYear * 12 + endMonth) {
        months.push(`${year}-${pad(month)}`);
        [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
    return months;
}
/** Whether a date (YYYY-MM-DD) falls in a period, first and last day included. */
export const within = (date, period) => date >= period.start && date <= period.end;
/** The day `days` days after a day (YYYY-MM-DD), in the calendar alone (no time zone). */
export function daysAfter(day, days) {
    return new Date(Date.parse(`${day}T00:00:00Z`) + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
