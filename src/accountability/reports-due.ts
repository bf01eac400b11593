import { dueDate, type Period } from '../calendar/periods.js';
import type { Policy } from '../network/settings.js';
import type { LabFolder } from '../network/types.js';
import { judgedMonths, judgedQuarters } from './judged.js';

export interface DueReport {
  kind: 'monthly' | 'quarterly';
  period: Period;
  /** The report's name: 2026-11-monthly. */
  name: string;
  /** The last day it may be submitted on. */
  due: string;
  /** missing; late (submitted after `due`); on-time; or present without a `submitted` date. */
  state: 'missing' | 'late' | 'on-time' | 'undated';
  /** The report record, when it exists. */
  file?: string;
  submitted?: string;
}

/**
 * The monthly and quarterly reports of a lab whose due day has passed as of a day (the due
 * day itself is still on time), in order, each with whether it came and when.
 */
export function dueReports(folder: LabFolder, founded: string, policy: Policy, asOf: string): DueReport[] {
  const judge = (kind: DueReport['kind'], periods: Period[], dueDay: number): DueReport[] =>
    periods.flatMap((period): DueReport[] => {
      const due = dueDate(period, dueDay);
      if (due >= asOf) return [];
      const name = `${period.id}-${kind}`;
      const file = folder.reports.get(name);
      if (!file) return [{ kind, period, name, due, state: 'missing' as const }];
      const submitted = file.record?.submitted;
      const state = submitted === undefined ? 'undated' : submitted > due ? 'late' : 'on-time';
      return [{ kind, period, name, due, state, file: file.path, submitted }];
    });
  return [
    ...judge('monthly', judgedMonths(founded, asOf), policy.monthly_report_due_day),
    ...judge('quarterly', judgedQuarters(founded, asOf), policy.quarterly_report_due_day),
  ];
}
