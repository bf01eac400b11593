import { describe, expect, it } from 'vitest';
import { monthsOf, periodOf, within } from '../../src/calendar/periods.js';
import { defaultPeriod, dueDate } from '../../src/handbook/reports-due.js';
import { todayIn } from '../../src/calendar/today.js';
import { HANDBOOK_POLICY } from '../../src/network/settings.js';

describe('periods', () => {
  it.each([
    ['monthly', '2026-02', '2026-02-01', '2026-02-28', 'February 2026'],
    ['monthly', '2028-02', '2028-02-01', '2028-02-29', 'February 2028'],
    ['quarterly', '2026-Q4', '2026-10-01', '2026-12-31', 'Q4 2026 (October to December)'],
    ['quarterly', '2026-Q1', '2026-01-01', '2026-03-31', 'Q1 2026 (January to March)'],
    ['midyear', '2026-H1', '2026-01-01', '2026-06-30', 'January to June 2026'],
    ['annual', '2026', '2026-01-01', '2026-12-31', '2026'],
  ] as const)('%s %s runs from %s to %s', (kind, id, start, end, label) => {
    expect(periodOf(kind, id)).toEqual({ id, start, end, label });
  });

  it('takes an annual period written as a number', () => {
    expect(periodOf('annual', 2025)?.end).toBe('2025-12-31');
  });

  it.each([
    ['monthly', '2026-13'],
    ['monthly', '2026-Q4'],
    ['quarterly', '2026-Q5'],
    ['midyear', '2026-H2'],
    ['annual', '26'],
  ] as const)('refuses %s %s', (kind, id) => {
    expect(periodOf(kind, id)).toBeUndefined();
  });

  it('includes the first and last day', () => {
    const q4 = periodOf('quarterly', '2026-Q4')!;
    expect([within('2026-09-30', q4), within('2026-10-01', q4), within('2026-12-31', q4), within('2027-01-01', q4)]).toEqual([false, true, true, false]);
  });

  it('lists the months of a period', () => {
    expect(monthsOf(periodOf('quarterly', '2026-Q4')!)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOf(periodOf('annual', '2026')!)).toHaveLength(12);
  });

  it('puts the due date in the month after the period', () => {
    expect(dueDate(periodOf('monthly', '2026-11')!, 7)).toBe('2026-12-07');
    expect(dueDate(periodOf('monthly', '2026-12')!, 7)).toBe('2027-01-07');
    expect(dueDate(periodOf('quarterly', '2026-Q3')!, 15)).toBe('2026-10-15');
  });
});

describe('the default period of a new report', () => {
  it.each([
    ['monthly', '2026-12-03', '2026-11'],
    ['monthly', '2026-12-07', '2026-11'],
    ['monthly', '2026-12-08', '2026-12'],
    ['monthly', '2027-01-01', '2026-12'],
    ['quarterly', '2026-10-15', '2026-Q3'],
    ['quarterly', '2026-10-16', '2026-Q4'],
    ['quarterly', '2026-12-31', '2026-Q4'],
    ['quarterly', '2027-01-10', '2026-Q4'],
    ['midyear', '2026-06-30', '2025-H1'],
    ['midyear', '2026-07-01', '2026-H1'],
    ['annual', '2026-11-20', '2025'],
  ] as const)('%s as of %s is %s (the one due next)', (kind, asOf, period) => {
    expect(defaultPeriod(kind, asOf, HANDBOOK_POLICY).id).toBe(period);
  });

  it('follows the network policy for the due day', () => {
    expect(defaultPeriod('monthly', '2026-12-08', { ...HANDBOOK_POLICY, monthly_report_due_day: 10 }).id).toBe('2026-11');
  });
});

describe('today in the network time zone', () => {
  it('is already the next day in Karachi when it is evening in UTC', () => {
    const instant = new Date('2026-11-30T19:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-11-30');
    expect(todayIn('Asia/Karachi', instant)).toBe('2026-12-01');
    expect(defaultPeriod('monthly', todayIn('Asia/Karachi', instant), HANDBOOK_POLICY).id).toBe('2026-11');
  });
});

describe('years far from now', () => {
  it('counts the months of a period as numbers, so a year of five digits cannot run on', () => {
    expect(monthsOf({ start: '9999-01-01', end: '9999-12-31' })).toHaveLength(12);
    expect(monthsOf({ start: '9999-11-01', end: '10000-02-29' })).toEqual(['9999-11', '9999-12', '10000-01', '10000-02']);
  });

  it('knows no period outside the years a record may name, 2000 to 2100', () => {
    expect(periodOf('annual', '9999')).toBeUndefined();
    expect(periodOf('monthly', '1999-12')).toBeUndefined();
    expect(periodOf('annual', '2100')?.end).toBe('2100-12-31');
  });
});
