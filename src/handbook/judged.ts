import { monthPeriod, type Period, periodOf } from '../calendar/periods.js';
import type { LabFolder, Network } from '../network/types.js';
import type { LabRecord } from '../schema/records.generated.js';

/** A lab the accountability rules judge: registered, valid, and neither dormant nor closed. */
export interface JudgedLab {
  folder: LabFolder;
  lab: LabRecord;
  /** lab.yaml, where lab-level findings go. */
  path: string;
}

export function judgedLabs(network: Network): JudgedLab[] {
  return [...network.labs.values()].flatMap((folder) => {
    const lab = folder.lab?.record;
    const path = folder.lab?.path;
    return lab && path && lab.status !== 'dormant' && lab.status !== 'closed' ? [{ folder, lab, path }] : [];
  });
}

/**
 * The months a lab is judged on as of a day: those that began on or after its founding
 * (a lab founded on the 20th is not held to that month) and have ended.
 */
export function judgedMonths(founded: string, asOf: string): Period[] {
  const months: Period[] = [];
  let [year, month] = [Number(founded.slice(0, 4)), Number(founded.slice(5, 7))];
  for (;;) {
    const period = monthPeriod(year, month);
    if (period.end >= asOf) break;
    if (period.start >= founded) months.push(period);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** The quarters a lab is judged on as of a day, as for months. */
export function judgedQuarters(founded: string, asOf: string): Period[] {
  const quarters: Period[] = [];
  let [year, quarter] = [Number(founded.slice(0, 4)), Math.ceil(Number(founded.slice(5, 7)) / 3)];
  for (;;) {
    const period = periodOf('quarterly', `${year}-Q${quarter}`) as Period;
    if (period.end >= asOf) break;
    if (period.start >= founded) quarters.push(period);
    [year, quarter] = quarter === 4 ? [year + 1, 1] : [year, quarter + 1];
  }
  return quarters;
}
