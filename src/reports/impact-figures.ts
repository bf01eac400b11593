import { type Period, within } from '../calendar/periods.js';
import { kpiValueOn } from '../handbook/kpis.js';
import { activeOn, bringsCitizensAndTechnologists, isMeeting, leftOn, womenAmong } from '../handbook/membership.js';
import type { Policy } from '../network/settings.js';
import type { Network } from '../network/types.js';
import type { EventRecord, LabRecord, MemberRecord, ProjectRecord } from '../schema/records.generated.js';

/**
 * The figures of the network's impact report for a year, computed from every lab's records.
 * As for a lab's reports, only records go in, never today's date; records with schema
 * problems are left out (the audit reports them).
 */
export interface ImpactFigures {
  labs: { count: number; byStatus: Count<'status'>[]; byProvince: Count<'province'>[] };
  members: { active: number; women: number; counted: number; womenShare: number | null; target: number };
  events: { count: number; byKind: Count<'kind'>[]; meetings: number; communityEvents: number; trainings: number };
  reached: { citizens: number; technologists: number; government: number; total: number };
  officialsTrained: number;
  departments: { count: number; names: string[] };
  solutions: { launched: number; handedOver: number; delivered: number; underDevelopment: number; redeployments: number };
  /** Each unit's total, the projects it comes from, and those as one text (`A (Peshawar), B (Karachi)`). */
  impact: { unit: string; total: number; projects: string[]; from: string }[];
  /** Every lab's own numbers, so that a reader sees where the totals come from. */
  byLab: LabRow[];
}

type Count<K extends string> = Record<K, string> & { count: number };

export interface LabRow {
  id: string;
  name: string;
  province: string;
  status: string;
  members: number;
  events: number;
  meetings: number;
  communityEvents: number;
  citizens: number;
  technologists: number;
  government: number;
  officialsTrained: number;
  delivered: number;
  underDevelopment: number;
}

/** Launched, or handed over to the partner: a digital solution in use. */
const DELIVERED = new Set<ProjectRecord['status']>(['launched', 'handed-over']);
const UNDER_DEVELOPMENT = new Set<ProjectRecord['status']>(['discovery', 'building']);

interface LabYear {
  id: string;
  lab: LabRecord;
  members: MemberRecord[];
  events: EventRecord[];
  projects: ProjectRecord[];
  partners: NonNullable<LabRecord['partners']>;
}

export function computeImpactFigures(network: Network, year: Pick<Period, 'start' | 'end'>, policy: Policy): ImpactFigures {
  const labs = labsOf(network, year);
  const members = labs.flatMap((lab) => lab.members);
  const events = labs.flatMap((lab) => lab.events);
  const women = womenAmong(members);
  const trainings = events.filter((event) => event.kind === 'training');
  const delivered = labs.flatMap((lab) =>
    lab.projects.filter((project) => DELIVERED.has(project.status)).map((project) => ({ lab, project })));
  const rows = labs.map((lab) => labRow(lab));
  const sum = (key: keyof LabRow) => rows.reduce((total, row) => total + Number(row[key]), 0);
  const reached = { citizens: sum('citizens'), technologists: sum('technologists'), government: sum('government') };
  return {
    labs: {
      count: labs.length,
      byStatus: countBy(labs.map((lab) => lab.lab.status)).map(([status, count]) => ({ status, count })),
      byProvince: countBy(labs.map((lab) => lab.lab.province)).map(([province, count]) => ({ province, count })),
    },
    members: {
      active: members.length,
      women: women.women,
      counted: women.counted,
      womenShare: women.share,
      target: policy.women_participation_target,
    },
    events: {
      count: events.length,
      byKind: countBy(events.map((event) => event.kind)).map(([kind, count]) => ({ kind, count })),
      meetings: sum('meetings'),
      communityEvents: sum('communityEvents'),
      trainings: trainings.length,
    },
    reached: { ...reached, total: reached.citizens + reached.technologists + reached.government },
    officialsTrained: sum('officialsTrained'),
    departments: departments(labs, year),
    solutions: {
      launched: delivered.filter(({ project }) => project.status === 'launched').length,
      handedOver: delivered.filter(({ project }) => project.status === 'handed-over').length,
      delivered: delivered.length,
      underDevelopment: sum('underDevelopment'),
      redeployments: labs
        .flatMap((lab) => lab.projects.flatMap((project) => project.redeployments ?? []))
        .filter((entry) => entry.date !== undefined && within(entry.date, year)).length,
    },
    impact: impactTotals(delivered, year),
    byLab: rows,
  };

  function labRow({ id, lab, members: labMembers, events: labEvents, projects }: LabYear): LabRow {
    const audience = (key: 'citizens' | 'technologists' | 'government', only = labEvents) =>
      only.reduce((total, event) => total + (event.audience?.[key] ?? 0), 0);
    return {
      id,
      name: lab.name,
      province: lab.province,
      status: lab.status,
      members: labMembers.length,
      events: labEvents.length,
      meetings: labEvents.filter((event) => isMeeting(event, lab)).length,
      communityEvents: labEvents.filter(bringsCitizensAndTechnologists).length,
      citizens: audience('citizens'),
      technologists: audience('technologists'),
      government: audience('government'),
      officialsTrained: audience('government', labEvents.filter((event) => event.kind === 'training')),
      delivered: projects.filter((project) => DELIVERED.has(project.status)).length,
      underDevelopment: projects.filter((project) => UNDER_DEVELOPMENT.has(project.status)).length,
    };
  }
}

/**
 * Each lab founded by the year's end, with its members who were part of it during the year,
 * its events of the year, and its projects started by the year's end (a project that ended
 * before the year began, as closed or abandoned, is no longer one of the year's).
 */
function labsOf(network: Network, year: Pick<Period, 'start' | 'end'>): LabYear[] {
  const records = <T>(files: Map<string, { record?: T }>) => [...files.values()].flatMap((file) => (file.record ? [file.record] : []));
  return [...network.labs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([id, folder]) => {
      const lab = folder.lab?.record;
      if (!lab || lab.founded > year.end) return [];
      return [
        {
          id,
          lab,
          members: records(folder.members).filter((member) => partOfTheLabIn(member, year)),
          events: records(folder.events).filter((event) => within(event.date, year)),
          projects: records(folder.projects).filter(
            (project) => (project.started ?? lab.founded) <= year.end && (DELIVERED.has(project.status) || stillOn(project, year)),
          ),
          partners: lab.partners ?? [],
        },
      ];
    });
}

/** Whether a project had not ended before the year began. */
const stillOn = (project: ProjectRecord, year: Pick<Period, 'start'>) => (project.ended ?? year.start) >= year.start;

/** Whether a member was part of their lab on some day of the year: joined by its end, and not gone before it began. */
function partOfTheLabIn(member: MemberRecord, year: Pick<Period, 'start' | 'end'>): boolean {
  if (member.joined > year.end) return false;
  if (activeOn(member, year.end) || activeOn(member, year.start)) return true;
  const gone = leftOn(member);
  return gone === undefined ? member.status === 'active' : gone >= year.start;
}

/**
 * The government departments the network worked with in the year: the government partners
 * of its projects under way in the year and of its trainings, told apart by name (two labs
 * may list one department, each with its own id).
 */
function departments(labs: readonly LabYear[], year: Pick<Period, 'start' | 'end'>): ImpactFigures['departments'] {
  const names = new Map<string, string>();
  for (const lab of labs) {
    const government = (id: string | undefined) => lab.partners.find((partner) => partner.id === id && partner.kind === 'government');
    const ids = [
      ...lab.projects.filter((project) => (project.ended ?? year.end) >= year.start).map((project) => project.partner),
      ...lab.events.filter((event) => event.kind === 'training').flatMap((event) => event.partners ?? []),
    ];
    for (const id of ids) {
      const partner = government(id);
      if (partner) names.set(partner.name.trim().toLowerCase().replace(/\s+/g, ' '), partner.name);
    }
  }
  const sorted = [...names.values()].sort((a, b) => a.localeCompare(b));
  return { count: sorted.length, names: sorted };
}

/** The KPIs of the solutions in use, as of the year's end, summed by unit (a KPI without one, by its name). */
function impactTotals(delivered: readonly { lab: LabYear; project: ProjectRecord }[], year: Pick<Period, 'start' | 'end'>): ImpactFigures['impact'] {
  const totals = new Map<string, { unit: string; total: number; projects: string[] }>();
  for (const { lab, project } of delivered) {
    for (const kpi of project.kpis ?? []) {
      const value = kpiValueOn(kpi, year.end);
      if (value === null) continue;
      const unit = (kpi.unit ?? kpi.name).trim();
      const entry = totals.get(unit) ?? { unit, total: 0, projects: [] };
      entry.total += value;
      const label = `${project.name} (${lab.lab.city})`;
      if (!entry.projects.includes(label)) entry.projects.push(label);
      totals.set(unit, entry);
    }
  }
  return [...totals.values()]
    .sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit))
    .map((entry) => ({ ...entry, from: entry.projects.join(', ') }));
}

function countBy(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
