import type { Policy } from '../network/settings.js';
import { daysInMonth } from '../schema/formats.js';

export type PeriodicKind = 'monthly' | 'quarterly' | 'midyear' | 'annual';

/** A reporting period: its id as reports write it, and its first and last day. */
export interface Period {
  /** 2026-11, 2026-Q4, 2026-H1 or 2026. */
  id: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, inclusive. */
  end: string;
  /** November 2026, Q4 2026 (October to December), January to June 2026, 2026. */
  label: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, dayOfMonth: number) => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
const lastDay = (year: number, month: number) => day(year, month, daysInMonth(year, month));

/** The name of a month, 1-12. */
export const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

/** The period a periodic report covers, or undefined when `id` is not of that kind's form. */
export function periodOf(kind: PeriodicKind, id: string | number): Period | undefined {
  const text = String(id);
  const year = Number(text.slice(0, 4));
  let match: RegExpExecArray | null;
  switch (kind) {
    case 'monthly':
      if (!(match = /^\d{4}-(0[1-9]|1[0-2])$/.exec(text))) return undefined;
      return monthPeriod(year, Number(match[1]));
    case 'quarterly': {
      if (!(match = /^\d{4}-Q([1-4])$/.exec(text))) return undefined;
      const quarter = Number(match[1]);
      const first = quarter * 3 - 2;
      return {
        id: text,
        start: day(year, first, 1),
        end: lastDay(year, first + 2),
        label: `Q${quarter} ${year} (${monthName(first)} to ${monthName(first + 2)})`,
      };
    }
    case 'midyear':
      if (!/^\d{4}-H1$/.test(text)) return undefined;
      return { id: text, start: day(year, 1, 1), end: day(year, 6, 30), label: `January to June ${year}` };
    case 'annual':
      if (!/^\d{4}$/.test(text)) return undefined;
      return { id: text, start: day(year, 1, 1), end: day(year, 12, 31), label: text };
  }
}

export function monthPeriod(year: number, month: number): Period {
  return { id: `${year}-${pad(month)}`, start: day(year, month, 1), end: lastDay(year, month), label: `${monthName(month)} ${year}` };
}

/** The months (YYYY-MM) of a period, in order. */
export function monthsOf(period: Pick<Period, 'start' | 'end'>): string[] {
  const months: string[] = [];
  let [year, month] = [Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7))];
  while (day(year, month, 1) <= period.end) {
    months.push(`${year}-${pad(month)}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** Whether a date (YYYY-MM-DD) falls in a period, first and last day included. */
export const within = (date: string, period: Pick<Period, 'start' | 'end'>): boolean =>
  date >= period.start && date <= period.end;

/** The day a periodic report is due: a day of the month after its period ends. */
export function dueDate(period: Pick<Period, 'end'>, dueDay: number): string {
  const [year, month] = [Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7))];
  return month === 12 ? day(year + 1, 1, dueDay) : day(year, month + 1, dueDay);
}

/**
 * The period a new report is drafted for by default, as of a day: for monthly and
 * quarterly reports the one whose report is due next (on 3 December, with updates due on
 * the 7th, that is November; on 10 December it is December); for mid-year and annual
 * reports the last one that has ended.
 */
export function defaultPeriod(kind: PeriodicKind, asOf: string, policy: Policy): Period {
  const [year, month, dayOfMonth] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), Number(asOf.slice(8, 10))];
  switch (kind) {
    case 'monthly': {
      if (dayOfMonth > policy.monthly_report_due_day) return monthPeriod(year, month);
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    }
    case 'quarterly': {
      const quarter = Math.ceil(month / 3);
      const firstMonth = quarter * 3 - 2;
      const previous = quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
      const current = `${year}-Q${quarter}`;
      const duePassed = month > firstMonth || dayOfMonth > policy.quarterly_report_due_day;
      return periodOf('quarterly', duePassed ? current : previous) as Period;
    }
    case 'midyear':
      return periodOf('midyear', `${month >= 7 ? year : year - 1}-H1`) as Period;
    case 'annual':
      return periodOf('annual', String(year - 1)) as Period;
  }
}
