import { monthPeriod, type Period, periodOf } from '../calendar/periods.js';
import { activeOn, womenAmong } from '../handbook/membership.js';
import { meetingsUpTo } from '../handbook/standing.js';
import type { Settings } from '../network/settings.js';
import type { LabFolder, Network } from '../network/types.js';
import type { EventRecord, LabRecord, MemberRecord } from '../schema/records.generated.js';
import { allowedValues } from '../schema/validate.js';

/** A lab's figure in each period (or status) of a chart. */
export interface LabFigures<T = number> {
  id: string;
  name: string;
  city: string;
  values: T[];
}

/** Figures over periods, for the whole network and for each lab. */
export interface PeriodFigures<T = number> {
  periods: Period[];
  network: T[];
  labs: LabFigures<T>[];
}

/** Women among active members who gave their gender, at the end of a quarter (or on the day, for the quarter under way). */
export interface WomenCount {
  women: number;
  counted: number;
  share: number | null;
}

/** The labs with a valid lab record, in the network's order. */
function labsOf(network: Network): { folder: LabFolder; lab: LabRecord }[] {
  return [...network.labs.values()].flatMap((folder) => (folder.lab?.record ? [{ folder, lab: folder.lab.record }] : []));
}

/** The `count` months up to the one holding `asOf`, oldest first. */
export function monthsUpTo(asOf: string, count = 12): Period[] {
  const [year, month] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  return Array.from({ length: count }, (_, index) => {
    const back = year * 12 + (month - 1) - (count - 1 - index);
    return monthPeriod(Math.floor(back / 12), (back % 12) + 1);
  });
}

/** The `count` quarters up to the one holding `asOf`, oldest first. */
export function quartersUpTo(asOf: string, count = 4): Period[] {
  const [year, quarter] = [Number(asOf.slice(0, 4)), Math.ceil(Number(asOf.slice(5, 7)) / 3)];
  return Array.from({ length: count }, (_, index) => {
    const back = year * 4 + (quarter - 1) - (count - 1 - index);
    return periodOf('quarterly', `${Math.floor(back / 4)}-Q${(back % 4) + 1}`) as Period;
  });
}

/** Sums what each lab's meetings up to `asOf` count, by the month they were held in. */
function perMonth(network: Network, asOf: string, months: number, measure: (event: EventRecord) => number): PeriodFigures {
  const periods = monthsUpTo(asOf, months);
  const index = new Map(periods.map((period, at) => [period.id, at]));
  const labs = labsOf(network).map(({ folder, lab }) => {
    const values = periods.map(() => 0);
    for (const { event } of meetingsUpTo(folder, asOf)) {
      const at = index.get(event.date.slice(0, 7));
      if (at !== undefined) values[at] = (values[at] as number) + measure(event);
    }
    return { id: folder.id, name: lab.name, city: lab.city, values };
  });
  return { periods, network: periods.map((_, at) => labs.reduce((sum, lab) => sum + (lab.values[at] as number), 0)), labs };
}

/** Lab meetings held each month (the event kinds each lab counts as meetings), the last `months` months up to `asOf`. */
export function meetingsPerMonth(network: Network, asOf: string, months = 12): PeriodFigures {
  return perMonth(network, asOf, months, () => 1);
}

/**
 * Members present at lab meetings each month: the head count of each meeting's `present`
 * list, summed; meetings whose attendance was not recorded count none. Only numbers: who
 * came, or missed, never leaves the records.
 */
export function attendancePerMonth(network: Network, asOf: string, months = 12): PeriodFigures {
  return perMonth(network, asOf, months, (event) => new Set(event.attendance?.present ?? []).size);
}

/**
 * Women's share of active members each quarter, as the `women-participation` rule counts it
 * (among those who gave their gender), on the quarter's last day or on `asOf` for the quarter
 * under way; null where no active member gave it. The network's figure counts every lab's
 * members together.
 */
export function womenSharePerQuarter(
  network: Network,
  settings: Settings,
  asOf: string,
  quarters = 4,
): PeriodFigures<WomenCount> & { target: number } {
  const periods = quartersUpTo(asOf, quarters);
  const days = periods.map((period) => (period.end < asOf ? period.end : asOf));
  const labs = labsOf(network).map(({ folder, lab }) => {
    const members = [...folder.members.values()].flatMap((file) => (file.record ? [file.record] : []));
    return { id: folder.id, name: lab.name, city: lab.city, members };
  });
  const activeOnDay = (members: readonly MemberRecord[], day: string) => members.filter((member) => activeOn(member, day));
  return {
    periods,
    target: settings.policy.women_participation_target,
    network: days.map((day) => womenAmong(labs.flatMap((lab) => activeOnDay(lab.members, day)))),
    labs: labs.map(({ id, name, city, members }) => ({ id, name, city, values: days.map((day) => womenAmong(activeOnDay(members, day))) })),
  };
}

/** Projects by status (in the schema's order: discovery to abandoned), for the network and each lab. */
export function projectsByStatus(network: Network): { statuses: string[]; network: number[]; labs: LabFigures[] } {
  const statuses = allowedValues('projectStatus');
  const labs = labsOf(network).map(({ folder, lab }) => {
    const values = statuses.map(() => 0);
    for (const file of folder.projects.values()) {
      const at = file.record ? statuses.indexOf(file.record.status) : -1;
      if (at >= 0) values[at] = (values[at] as number) + 1;
    }
    return { id: folder.id, name: lab.name, city: lab.city, values };
  });
  return { statuses, network: statuses.map((_, at) => labs.reduce((sum, lab) => sum + (lab.values[at] as number), 0)), labs };
}
