import { type Period, type PeriodicKind, periodOf } from '../calendar/periods.js';
import type { Settings } from '../network/settings.js';
import type { LabFolder } from '../network/types.js';
import type { ReportRecord } from '../schema/records.generated.js';
import { fieldsSchema } from '../schema/schema-files.js';
import { kpiValueOn, progressOf } from '../handbook/kpis.js';
import { projectMouSigned } from '../handbook/projects.js';
import { computeFigures, type Figures } from './figures.js';
import { escapeStrings } from './markdown.js';

/** How each kind of report is titled. */
export const REPORT_TITLES: Readonly<Record<ReportRecord['kind'], string>> = {
  monthly: 'Monthly progress update',
  quarterly: 'Events and meetups report',
  midyear: 'Mid-year report',
  annual: 'Annual report',
  discovery: 'Discovery research report',
  closure: 'Project closure report',
};

/**
 * Everything a template sees: the network, the lab, the report's own narrative and the
 * figures computed from the records. Every field is always present (empty lists, nulls),
 * so strict templates can test any of them, and every string is escaped for Markdown.
 */
export interface ReportContext {
  network: { name: string; timezone: string };
  lab: { id: string; name: string; city: string; province: string; status: string; founded: string; description: string | null };
  report: {
    name: string;
    kind: string;
    title: string;
    period: Period;
    /** The period as the title names it: `Q4 2025` for a quarter (the byline gives its months), else its label. */
    shortPeriod: string;
    submitted: string | null;
    authors: string[];
    project: ProjectView | null;
  };
  narrative: Record<string, unknown>;
  figures: Figures;
}

export interface ProjectView {
  id: string;
  name: string;
  problem: string | null;
  status: string;
  started: string | null;
  ended: string | null;
  partner: string | null;
  partnerKind: string | null;
  mouSigned: string | null;
  repository: string | null;
  license: string | null;
  website: string | null;
  team: { name: string; role: string }[];
  kpis: { name: string; target: number | null; actual: number | null; unit: string; progress: number | null }[];
  redeployments: { lab: string; date: string | null }[];
}

/** The context of one report, or undefined when its lab, period or project cannot be known. */
export function reportContext(
  folder: LabFolder,
  name: string,
  report: ReportRecord,
  settings: Pick<Settings, 'network' | 'timezone' | 'policy'>,
): ReportContext | undefined {
  const lab = folder.lab?.record;
  if (!lab) return undefined;
  const project = report.project === undefined ? null : projectView(folder, report.project);
  const period = project ? projectPeriod(project, report, lab.founded) : periodOf(report.kind as PeriodicKind, report.period ?? '');
  if (!period || (report.project !== undefined && !project)) return undefined;
  // A project report shows the KPIs as of its last day, as the periodic ones do.
  const shown = project && report.project !== undefined ? projectView(folder, report.project, period.end) : null;
  const nameOf = (id: string) => folder.members.get(id)?.record?.name ?? id;
  return escapeStrings({
    network: { name: settings.network, timezone: settings.timezone },
    lab: {
      id: folder.id,
      name: lab.name,
      city: lab.city,
      province: lab.province,
      status: lab.status,
      founded: lab.founded,
      description: lab.description ?? null,
    },
    report: {
      name,
      kind: report.kind,
      title: REPORT_TITLES[report.kind],
      period,
      shortPeriod: report.kind === 'quarterly' ? period.id.replace(/^(\d{4})-(Q[1-4])$/, '$2 $1') : period.label,
      submitted: report.submitted ?? null,
      authors: (report.authors ?? []).map(nameOf),
      project: shown,
    },
    narrative: narrativeOf(report),
    figures: computeFigures(folder, period, settings.policy),
  });
}

/**
 * The period a report covers, as its document's figures count it: its month, quarter, half
 * or year, or its project's life; undefined when its lab, period or project cannot be known.
 */
export function reportPeriod(folder: LabFolder, report: ReportRecord): Period | undefined {
  const lab = folder.lab?.record;
  if (!lab) return undefined;
  if (report.project === undefined) return periodOf(report.kind as PeriodicKind, report.period ?? '');
  const project = projectView(folder, report.project);
  return project ? projectPeriod(project, report, lab.founded) : undefined;
}

let narrativeShapes: [string, 'list' | 'text'][] | undefined;

/** The narrative fields of the report schema, in its order, each a list or a text. */
export function narrativeFields(): [string, 'list' | 'text'][] {
  if (!narrativeShapes) {
    const properties = (fieldsSchema('report')?.properties ?? {}) as Record<string, { type?: string; $ref?: string }>;
    narrativeShapes = Object.entries(properties)
      .filter(([key]) => !['kind', 'period', 'project', 'submitted', 'authors'].includes(key))
      .map(([key, property]) => [key, property.type === 'array' || property.$ref?.endsWith('List') ? 'list' : 'text']);
  }
  return narrativeShapes;
}

function narrativeOf(report: ReportRecord): Record<string, unknown> {
  const values: Readonly<Record<string, unknown>> = { ...report };
  return Object.fromEntries(narrativeFields().map(([key, shape]) => [key, values[key] ?? (shape === 'list' ? [] : null)]));
}

/** A project as a report shows it: its KPIs as of `asOf` (a report's last day), else as recorded now. */
function projectView(folder: LabFolder, id: string, asOf?: string): ProjectView | null {
  const project = folder.projects.get(id)?.record;
  if (!project) return null;
  const partner = folder.lab?.record?.partners?.find((candidate) => candidate.id === project.partner);
  return {
    id,
    name: project.name,
    problem: project.problem ?? null,
    status: project.status,
    started: project.started ?? null,
    ended: project.ended ?? null,
    partner: partner?.name ?? project.partner ?? null,
    partnerKind: partner?.kind ?? null,
    mouSigned: projectMouSigned(project, folder.lab?.record, asOf) ?? null,
    repository: project.repository ?? null,
    license: project.license ?? null,
    website: project.website ?? null,
    team: (project.team ?? []).map((member) => ({
      name: folder.members.get(member.member)?.record?.name ?? member.member,
      role: member.role ?? '',
    })),
    kpis: (project.kpis ?? []).map((kpi) => {
      const actual = asOf === undefined ? (kpi.actual ?? null) : kpiValueOn(kpi, asOf);
      return { name: kpi.name, target: kpi.target ?? null, actual, unit: kpi.unit ?? '', progress: progressOf(actual, kpi.target) };
    }),
    redeployments: (project.redeployments ?? []).map((redeployment) => ({
      // By id: a lab's documents depend on its own records only.
      lab: redeployment.lab,
      date: redeployment.date ?? null,
    })),
  };
}

/**
 * A project report covers the project's life: from its start (or the lab's founding) to its
 * end, or else to the report's submission.
 */
function projectPeriod(project: ProjectView, report: ReportRecord, founded: string): Period {
  const start = project.started ?? founded;
  const end = [project.ended, report.submitted].find((date) => date != null && date >= start) ?? start;
  return { id: project.id, start, end, label: project.name };
}
