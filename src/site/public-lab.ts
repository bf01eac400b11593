import type { LabStatus } from '../handbook/lab-status.js';
import { parseReportName } from '../handbook/report-names.js';
import { whyNotInCalendar } from '../calendar/ics.js';
import { periodOf } from '../calendar/periods.js';
import { invalidRecords } from '../network/left-out.js';
import type { LabFolder } from '../network/types.js';
import type { EventRecord, LabRecord, ProjectRecord, ReportRecord } from '../schema/records.generated.js';
import { withoutContactData } from '../text/contact-data.js';
import { heldThisYear } from './figures.js';
import { eventsPage, labPage, projectPage, reportPage } from './paths.js';

// What the site may show of a lab: what is public, and nothing else. Record text is taken
// with any contact details removed (the audit reports them; the site never shows them).
// Members are named only when the lab names them in public already: its leads, and people
// named in a report the lab committed. Attendance, warnings, offboarding and channels are
// never read here.

/** Record text as the site shows it: without contact details. */
export const clean = (text: string): string => withoutContactData(text);
export const cleanOptional = (text: string | undefined): string | null => (text === undefined ? null : clean(text));

export interface PublicEvent {
  lab: { id: string; name: string; href: string };
  id: string;
  title: string;
  kind: string;
  kindLabel: string;
  date: string;
  /** The last day of an event over several days, or null. */
  until: string | null;
  time: string | null;
  venue: string | null;
  online: boolean;
  description: string | null;
  partners: string[];
  /** Over by the day the site is built as of. */
  past: boolean;
}

export interface PublicReport {
  id: string;
  kind: ReportRecord['kind'];
  title: string;
  submitted: string | null;
  href: string;
  record: ReportRecord;
}

export interface PublicLab {
  id: string;
  record: LabRecord;
  status: LabStatus;
  href: string;
  pastEventsHref: string;
  upcomingEventsHref: string;
  events: PublicEvent[];
  /** Its event files the site leaves out, as calendars do, and why: the event ends before it starts (see whyNotInCalendar). */
  leftOut: { file: string; why: string }[];
  projects: { id: string; record: ProjectRecord; href: string }[];
  reports: PublicReport[];
  /** Its meetings and community events held this year so far, for the network's figures. */
  thisYear: { meetings: number; communityEvents: number };
}

const KIND_LABELS: Record<string, string> = { 'cfp-call': 'CfP call', 'demo-day': 'demo day', 'mentor-check-in': 'mentor check-in' };
export const kindLabel = (kind: string): string => KIND_LABELS[kind] ?? kind.replace(/-/g, ' ');

type Dated = { date: string; id: string };
const byDate = (a: Dated, b: Dated) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/**
 * A lab as the site shows it, from its folder and its standing as `cil status` computes it:
 * plain data, which the thread that made the lab's pages sends back for the network's pages.
 * An event that ends before it starts (in `timezone`) is left out of its lists, as its
 * calendar leaves it out, so that no page shows a day or an hour the calendar does not.
 */
export function publicLab(folder: LabFolder, status: LabStatus, asOf: string, timezone: string): PublicLab | undefined {
  const record = folder.lab?.record;
  if (!record) return undefined;
  const lab = { id: folder.id, name: clean(record.name), href: labPage(folder.id) };
  const partnerNames = new Map((record.partners ?? []).map((partner) => [partner.id, clean(partner.name)]));
  const recorded = [...folder.events.entries()].flatMap(([id, file]) =>
    (file.record ? [{ id, path: file.path, event: file.record, why: whyNotInCalendar(file.record, timezone) }] : []));
  const events = recorded
    .flatMap(({ id, event, why }) => (why === undefined ? [publicEvent(lab, id, event, partnerNames, asOf)] : []))
    .sort((a, b) => byDate(a, b));
  // Left out too, and said: the events, projects and reports whose records fail their schema.
  const leftOut = [
    ...invalidRecords([...folder.events.values(), ...folder.projects.values(), ...folder.reports.values()]),
    ...recorded.flatMap(({ path, why }) => (why === undefined ? [] : [{ file: path, why }])),
  ];
  const projects = [...folder.projects.entries()]
    .flatMap(([id, file]) => (file.record ? [{ id, record: file.record, href: projectPage(folder.id, id) }] : []))
    .sort((a, b) => a.id.localeCompare(b.id));
  const projectNames = new Map(projects.map((project) => [project.id, clean(project.record.name)]));
  const reports = [...folder.reports.entries()]
    .flatMap(([id, file]) => {
      if (!file.record) return [];
      const { kind, submitted } = file.record;
      const title = reportTitle(id, file.record, projectNames);
      return [{ id, kind, title, submitted: submitted ?? null, href: reportPage(folder.id, id), record: file.record }];
    })
    .sort((a, b) => (b.submitted ?? '').localeCompare(a.submitted ?? '') || b.id.localeCompare(a.id));
  return {
    id: folder.id,
    record,
    status,
    href: lab.href,
    pastEventsHref: eventsPage({ lab: folder.id, past: true }),
    upcomingEventsHref: eventsPage({ lab: folder.id, past: false }),
    events,
    leftOut,
    projects,
    reports,
    thisYear: heldThisYear(folder, asOf),
  };
}

function publicEvent(lab: PublicEvent['lab'], id: string, event: EventRecord, partners: Map<string, string>, asOf: string): PublicEvent {
  const time = event.starts === undefined ? null : event.ends === undefined ? event.starts : `${event.starts} to ${event.ends}`;
  return {
    lab,
    id,
    title: clean(event.title),
    kind: event.kind,
    kindLabel: kindLabel(event.kind),
    date: event.date,
    until: event.until ?? null,
    time,
    venue: cleanOptional(event.venue),
    online: event.online === true,
    description: cleanOptional(event.description),
    partners: (event.partners ?? []).map((partner) => partners.get(partner) ?? partner),
    past: (event.until ?? event.date) < asOf,
  };
}

const KIND_TITLES: Record<string, string> = {
  monthly: 'Monthly update',
  quarterly: 'Events and meetups report',
  midyear: 'Mid-year report',
  annual: 'Annual report',
  discovery: 'Discovery report',
  closure: 'Closure report',
};

/** A report's title: its kind and period (`Monthly update, November 2026`) or project. */
export function reportTitle(id: string, report: ReportRecord, projects: ReadonlyMap<string, string>): string {
  const kind = KIND_TITLES[report.kind] ?? report.kind;
  if (report.kind === 'discovery' || report.kind === 'closure') {
    const project = report.project ?? parseReportName(id)?.project ?? '';
    return `${kind}: ${projects.get(project) ?? project}`;
  }
  const period = report.period === undefined ? undefined : periodOf(report.kind, report.period);
  return period ? `${kind}, ${period.label}` : `${kind} ${id}`;
}

/**
 * The members a lab already names in public: its leads, and the authors of its published
 * reports and members whose names those reports hold (its committed documents, by report id).
 */
export function publicNames(lab: PublicLab, folder: LabFolder, documents: ReadonlyMap<string, string>): Map<string, string> {
  const { record, reports } = lab;
  const texts = [...documents.values()].join('\n');
  const published = reports.filter((report) => documents.has(report.id));
  const named = new Set([...record.leads, ...published.flatMap((report) => report.record.authors ?? [])]);
  const names = new Map<string, string>();
  for (const [id, file] of folder.members) {
    const name = file.record?.name;
    if (name === undefined) continue;
    if (named.has(id) || (name.trim().length > 2 && texts.includes(name))) names.set(id, clean(name));
  }
  return names;
}
