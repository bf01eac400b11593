import { monthName, type Period } from '../calendar/periods.js';
import type { Settings } from '../network/settings.js';
import type { Network } from '../network/types.js';
import { allowedValues } from '../schema/validate.js';
import {
  attendancePerMonth,
  type LabChartFigures,
  type LabFigures,
  meetingsPerMonth,
  monthsUpTo,
  type PeriodFigures,
  projectsByStatus,
  quartersUpTo,
  totals,
  type WomenCount,
  womenSharePerQuarter,
  womenTotals,
} from './chart-data.js';
import { barChart, type Category, lineChart, type Series } from './charts.js';

/** The charts of a page, as HTML figures. */
export interface PageCharts {
  meetings: string;
  attendance: string;
  women: string;
  projects: string;
}

/** More labs than this, and a network chart shows the network's totals: a stack of many is unreadable. */
export const MOST_LABS_STACKED = 6;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Months on the axis: `Nov`, with the year under each January and under the first month
 * (unless a January follows it at once: two years side by side would run together).
 */
const monthCategories = (periods: readonly Period[]): Category[] =>
  periods.map((period, index) => {
    const [year, month] = [period.id.slice(0, 4), Number(period.id.slice(5, 7))];
    const short = monthName(month).slice(0, 3);
    const withYear = month === 1 || (index === 0 && !(month === 12 && periods.length > 1));
    return { label: period.label, tick: withYear ? `${short}\n${year}` : short };
  });

const quarterCategories = (periods: readonly Period[]): Category[] =>
  periods.map((period) => {
    const [year, quarter] = period.id.split('-') as [string, string];
    return { label: `${quarter} ${year}`, tick: `${quarter}\n${year}` };
  });

/**
 * What a chart calls a lab: its city, short enough for a legend and a table's heading on a
 * phone, unless two labs share one; then its name.
 */
function labNames(labs: readonly LabFigures<unknown>[]): (lab: LabFigures<unknown>) => string {
  const cities = labs.map((lab) => lab.city);
  const unique = new Set(cities).size === cities.length;
  return (lab) => (unique ? lab.city : lab.name);
}

/** Each lab with something to show as its own series when there are few of them, else the network's total. */
function byLab(labs: readonly LabFigures[], total: readonly number[]): { series: Series[]; stacked: boolean } {
  const nameOf = labNames(labs);
  const shown = labs.filter((lab) => lab.values.some((value) => value > 0));
  if (shown.length > 1 && shown.length <= MOST_LABS_STACKED) {
    return { series: shown.map((lab) => ({ name: nameOf(lab), values: lab.values })), stacked: true };
  }
  return { series: [{ name: shown.length === 1 ? nameOf(shown[0] as LabFigures) : 'All labs', values: total }], stacked: false };
}

/** Every chart's figures, network-wide and per lab, computed once for all the pages of a site. */
export interface Figures {
  meetings: PeriodFigures;
  attendance: PeriodFigures;
  women: PeriodFigures<WomenCount> & { target: number };
  projects: ReturnType<typeof projectsByStatus>;
}

export function chartFigures(network: Network, settings: Settings, asOf: string): Figures {
  return {
    meetings: meetingsPerMonth(network, asOf),
    attendance: attendancePerMonth(network, asOf),
    women: womenSharePerQuarter(network, settings, asOf),
    projects: projectsByStatus(network),
  };
}

/** The same figures added up from each lab's (in the network's order), as the threads that made the labs' pages sent them. */
export function combinedChartFigures(labs: readonly LabChartFigures[], settings: Settings, asOf: string): Figures {
  const [months, quarters, statuses] = [monthsUpTo(asOf), quartersUpTo(asOf), allowedValues('projectStatus')];
  const target = settings.policy.women_participation_target;
  const series = <T>(values: (lab: LabChartFigures) => T[]): LabFigures<T>[] =>
    labs.map((lab) => ({ id: lab.id, name: lab.name, city: lab.city, values: values(lab) }));
  const [meetings, attendance] = [series((lab) => lab.meetings), series((lab) => lab.attendance)];
  const [women, projects] = [series((lab) => lab.women), series((lab) => lab.projects)];
  return {
    meetings: { periods: months, network: totals(meetings, months.length), labs: meetings },
    attendance: { periods: months, network: totals(attendance, months.length), labs: attendance },
    women: { periods: quarters, network: womenTotals(women, quarters.length), labs: women, target },
    projects: { statuses, network: totals(projects, statuses.length), labs: projects },
  };
}

/** The charts of one page from the series it shows; `id` keeps the figures' ids apart from another page's. */
type Shown = Record<keyof PageCharts, Series[]>;

function draw(id: string, data: Figures, shown: Shown, stacked: boolean[]): PageCharts {
  const months = monthCategories(data.meetings.periods);
  const period = `${data.meetings.periods[0]?.label} to ${data.meetings.periods.at(-1)?.label}`;
  const { target } = data.women;
  return {
    meetings: barChart({
      id: `${id}-meetings`,
      title: 'Lab meetings per month',
      caption: `Lab meetings held each month, ${period}.`,
      categoryHeading: 'Month',
      categories: months,
      series: shown.meetings,
      layout: stacked[0] ? 'stacked' : 'grouped',
    }),
    attendance: barChart({
      id: `${id}-attendance`,
      title: 'Members present at lab meetings per month',
      caption: `Members present at the month's lab meetings, added up (meetings without recorded attendance count none), ${period}.`,
      categoryHeading: 'Month',
      categories: months,
      series: shown.attendance,
      layout: stacked[1] ? 'stacked' : 'grouped',
    }),
    women: lineChart({
      id: `${id}-women`,
      title: "Women's share of active members per quarter",
      caption: `Women among the active members who gave their gender, at each quarter's end, against the network's target of ${percent(target)}.`,
      categoryHeading: 'Quarter',
      categories: quarterCategories(data.women.periods),
      series: shown.women,
      format: percent,
      target: { value: target, label: `Target ${percent(target)}` },
    }),
    projects: barChart({
      id: `${id}-projects`,
      title: 'Projects by status',
      caption: 'Projects by where they stand, from discovery to hand-over.',
      categoryHeading: 'Status',
      categories: data.projects.statuses.map((status) => ({ label: status })),
      series: shown.projects,
      layout: stacked[2] ? 'stacked' : 'grouped',
    }),
  };
}

const shares = (values: readonly WomenCount[]) => values.map((value) => value.share);

/**
 * The network's charts for its home page and dashboard: each lab stacked when
 * few labs have figures, the network's totals otherwise; women's share for the network as a
 * whole.
 */
export function networkCharts(data: Figures, id = 'network'): PageCharts {
  const meetings = byLab(data.meetings.labs, data.meetings.network);
  const attendance = byLab(data.attendance.labs, data.attendance.network);
  const projects = byLab(data.projects.labs, data.projects.network);
  const women = [{ name: 'All labs', values: shares(data.women.network) }];
  const shown = { meetings: meetings.series, attendance: attendance.series, women, projects: projects.series };
  return draw(id, data, shown, [meetings.stacked, attendance.stacked, projects.stacked]);
}

/** A lab's charts for its page (undefined for a lab without a valid record); women's share beside the network's. */
export function labCharts(data: Figures, lab: string): PageCharts | undefined {
  const own = <T>(figures: readonly LabFigures<T>[]) => figures.find((entry) => entry.id === lab);
  const [meetings, attendance, projects] = [own(data.meetings.labs), own(data.attendance.labs), own(data.projects.labs)];
  const women = own(data.women.labs);
  if (!meetings || !attendance || !women || !projects) return undefined;
  const name = labNames(data.meetings.labs)(meetings);
  const shown = {
    meetings: [{ name, values: meetings.values }],
    attendance: [{ name, values: attendance.values }],
    women: [{ name, values: shares(women.values) }, { name: 'All labs', values: shares(data.women.network) }],
    projects: [{ name, values: projects.values }],
  };
  return draw(`lab-${lab}`, data, shown, [false, false, false]);
}
