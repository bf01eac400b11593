import { monthsOf, type Period, within } from '../calendar/periods.js';
import { formatDay } from '../calendar/format.js';
import {
  activeOn,
  attendanceRecorded,
  bringsCitizensAndTechnologists,
  hoursCommitment,
  isMeeting,
  leftOn,
  missedWithoutNotice,
  rolesOn,
  womenAmong,
} from '../handbook/membership.js';
import { hoursOfMonth } from '../handbook/hours.js';
import { kpiValueOn, progressOf } from '../handbook/kpis.js';
import { projectMouSigned } from '../handbook/projects.js';
import type { Policy } from '../network/settings.js';
import type { LabFolder } from '../network/types.js';
import type { EventRecord, LabRecord, MemberRecord, ProjectRecord } from '../schema/records.generated.js';

/**
 * The figures of a report, computed from the lab's records for the report's period. Only
 * records, never today's date, go in, so a document renders the same until a record or a
 * template changes. Records with schema problems are left out (the audit reports them).
 */
export interface Figures {
  events: EventRow[];
  eventCount: number;
  meetingCount: number;
  meetupCount: number;
  /** Events whose audience had both citizens and technologists. */
  communityEventCount: number;
  byKind: { kind: string; count: number }[];
  audience: { citizens: number; technologists: number; government: number; women: number; total: number; womenShare: number | null };
  meetings: MeetingRow[];
  /** Lab meetings held whose attendance was not recorded. */
  meetingsWithoutAttendance: number;
  takeaways: { date: string; event: string; takeaway: string }[];
  /**
   * Who joined, left, was offboarded or reinstated, by name and day only: a report is
   * published, and says no more about a person than the handbook needs (no reasons, terms
   * or warnings; those stay in the member's record).
   */
  members: {
    joined: { id: string; name: string; joined: string; roles: string }[];
    left: MemberEvent[];
    offboarded: MemberEvent[];
    reinstated: MemberEvent[];
    active: { id: string; name: string; roles: string; hours: number | null; expected: number | null; meets: string }[];
    activeCount: number;
    women: number;
    /** Of the active members, those who gave their gender: the share of women is of them. */
    counted: number;
    womenShare: number | null;
    hoursCommitted: number;
  };
  projects: ProjectRow[];
  projectsByStatus: { status: string; count: number }[];
  /** KPIs as of the period's end; `start` is the value before the period began, `change` the difference (null without a history). */
  kpis: KpiRow[];
  /** The lab's objectives and key results, as recorded now. */
  okrs: { objective: string; keyResult: string | null; target: number | null; current: number | null; progress: number | null }[];
  /** The hours core members reported in the period's monthly updates, against the handbook's commitment. */
  hours: HoursFigures;
  partners: { id: string; name: string; kind: string; mouSigned: string | null }[];
  months: { month: string; events: number; meetings: number; citizens: number; technologists: number; women: number }[];
}

export interface KpiRow {
  project: string;
  name: string;
  target: number | null;
  /** The value as of the period's end. */
  actual: number | null;
  /** The value before the period began, or null when none was measured by then (or the KPI has no history). */
  start: number | null;
  change: number | null;
  unit: string;
  progress: number | null;
}

export interface HoursFigures {
  /** Whether any monthly update of the period reports hours. */
  reported: boolean;
  /** Each core member of the period's months: hours reported (null when none were), and the commitment over those months. */
  members: { id: string; name: string; role: string; reported: number | null; expected: number }[];
  /** The same summed by role (a lead's hours count as the lead's; anyone else's under their first role). */
  byRole: { role: string; members: number; reported: number; expected: number }[];
}

export interface EventRow {
  date: string;
  /** `HH:MM` in the network's time zone, or null for an all-day event. */
  starts: string | null;
  ends: string | null;
  /** The last day of an event over several days, or null. */
  until: string | null;
  /** The day (or days) and times as people read them: `5 November 2026, 18:00–20:30`. */
  when: string;
  title: string;
  kind: string;
  venue: string;
  citizens: number | null;
  technologists: number | null;
  government: number | null;
  women: number | null;
}

/**
 * A lab meeting's attendance, as counts: who missed a meeting is for the lab's leads (the
 * audit and `cil status` name them), not for a published report. The counts are null when
 * attendance was not recorded.
 */
export interface MeetingRow {
  date: string;
  title: string;
  recorded: boolean;
  present: number | null;
  excused: number | null;
  /** Members of the lab that day who were neither present nor excused. */
  missed: number | null;
}

/** A step of a member's life cycle in the period: who, and on which day. */
export interface MemberEvent {
  id: string;
  name: string;
  date: string;
}

export interface ProjectRow {
  id: string;
  name: string;
  status: string;
  partner: string | null;
  mouSigned: string | null;
  started: string | null;
  ended: string | null;
  repository: string | null;
  license: string | null;
}

const records = <T>(files: Map<string, { record?: T }>): [string, T][] =>
  [...files.entries()].flatMap(([id, file]) => (file.record ? [[id, file.record] as [string, T]] : []));

interface LabRecords {
  members: [string, MemberRecord][];
  /** Sorted by date, then title. */
  events: EventRecord[];
  projects: [string, ProjectRecord][];
}

// A lab's records, gathered once per loaded lab for all its reports.
const gathered = new WeakMap<LabFolder, LabRecords>();

function labRecords(folder: LabFolder): LabRecords {
  let found = gathered.get(folder);
  if (!found) {
    found = {
      members: records(folder.members),
      events: records(folder.events)
        .map(([, event]) => event)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.title.localeCompare(b.title))),
      projects: records(folder.projects),
    };
    gathered.set(folder, found);
  }
  return found;
}

export function computeFigures(folder: LabFolder, period: Pick<Period, 'start' | 'end'>, policy: Policy): Figures {
  const lab = folder.lab?.record;
  const all = labRecords(folder);
  const members = all.members;
  const events = all.events.filter((event) => within(event.date, period));
  const meetings = events.filter((event) => isMeeting(event, lab));
  const audience = sumAudience(events);
  const active = members.filter(([, member]) => activeOn(member, period.end));
  const women = womenAmong(active.map(([, member]) => member));
  const projects = all.projects.filter(([, project]) => activeInPeriod(project, period));
  const partnerName = (id: string | undefined) => lab?.partners?.find((partner) => partner.id === id)?.name ?? id ?? null;

  return {
    events: events.map((event) => ({
      date: event.date,
      starts: event.starts ?? null,
      ends: event.ends ?? null,
      until: event.until ?? null,
      when: eventWhen(event),
      title: event.title,
      kind: event.kind,
      venue: event.venue ?? (event.online ? 'online' : ''),
      citizens: event.audience?.citizens ?? null,
      technologists: event.audience?.technologists ?? null,
      government: event.audience?.government ?? null,
      women: event.audience?.women ?? null,
    })),
    eventCount: events.length,
    meetingCount: meetings.length,
    meetupCount: events.filter((event) => event.kind === 'meetup').length,
    communityEventCount: events.filter(bringsCitizensAndTechnologists).length,
    byKind: countBy(events.map((event) => event.kind)).map(([kind, count]) => ({ kind, count })),
    audience,
    meetings: meetings.map((event) => meetingRow(event, members)),
    meetingsWithoutAttendance: meetings.filter((event) => !attendanceRecorded(event)).length,
    takeaways: events.flatMap((event) => (event.takeaways ?? []).map((takeaway) => ({ date: event.date, event: event.title, takeaway }))),
    members: {
      joined: members
        .filter(([, member]) => within(member.joined, period))
        .map(([id, member]) => ({ id, name: member.name, joined: member.joined, roles: member.roles.map((role) => role.role).join(', ') })),
      left: memberEvents(members, period, (member) => (member.status === 'alumni' ? [leftOn(member)] : [])),
      offboarded: memberEvents(members, period, (member) => [member.offboarded?.date]),
      reinstated: memberEvents(members, period, (member) => (member.reinstated ?? []).map((entry) => entry.date)),
      active: active.map(([id, member]) => hoursRow(id, member, lab, period.end, policy)),
      activeCount: active.length,
      women: women.women,
      counted: women.counted,
      womenShare: women.share,
      hoursCommitted: active.reduce((sum, [, member]) => sum + (member.weekly_hours ?? 0), 0),
    },
    projects: projects.map(([id, project]) => ({
      id,
      name: project.name,
      status: project.status,
      partner: partnerName(project.partner),
      mouSigned: projectMouSigned(project, lab, period.end) ?? null,
      started: project.started ?? null,
      ended: project.ended ?? null,
      repository: project.repository ?? null,
      license: project.license ?? null,
    })),
    projectsByStatus: countBy(projects.map(([, project]) => project.status)).map(([status, count]) => ({ status, count })),
    kpis: projects.flatMap(([, project]) => (project.kpis ?? []).map((kpi) => kpiRow(project.name, kpi, period))),
    okrs: (lab?.okrs ?? []).flatMap((okr) =>
      (okr.key_results?.length ? okr.key_results : [undefined]).map((result) => ({
        objective: okr.objective,
        keyResult: result?.description ?? null,
        target: result?.target ?? null,
        current: result?.current ?? null,
        progress: progressOf(result?.current ?? null, result?.target),
      })),
    ),
    hours: hoursFigures(folder, period, policy),
    partners: (lab?.partners ?? []).map((partner) => ({
      id: partner.id,
      name: partner.name,
      kind: partner.kind ?? '',
      mouSigned: partner.mou_signed !== undefined && partner.mou_signed <= period.end ? partner.mou_signed : null,
    })),
    months: monthsOf(period).map((month) => {
      const inMonth = events.filter((event) => event.date.startsWith(month));
      const counts = sumAudience(inMonth);
      return {
        month,
        events: inMonth.length,
        meetings: inMonth.filter((event) => isMeeting(event, lab)).length,
        citizens: counts.citizens,
        technologists: counts.technologists,
        women: counts.women,
      };
    }),
  };
}

function kpiRow(project: string, kpi: NonNullable<ProjectRecord['kpis']>[number], period: Pick<Period, 'start' | 'end'>): KpiRow {
  const actual = kpiValueOn(kpi, period.end);
  const before = kpi.history?.filter((entry) => entry.date < period.start);
  const start = kpi.history?.length ? kpiValueOn({ history: before }, period.start) : null;
  return {
    project,
    name: kpi.name,
    target: kpi.target ?? null,
    actual,
    start,
    change: actual !== null && start !== null ? actual - start : null,
    unit: kpi.unit ?? '',
    progress: progressOf(actual, kpi.target),
  };
}

function hoursFigures(folder: LabFolder, period: Pick<Period, 'start' | 'end'>, policy: Policy): HoursFigures {
  const leads = folder.lab?.record?.leads ?? [];
  const members = new Map<string, HoursFigures['members'][number]>();
  let reported = false;
  for (const month of monthsOf(period)) {
    for (const row of hoursOfMonth(folder, month, policy)) {
      if (row.reported !== null) reported = true;
      const role = leads.includes(row.id) ? 'lead' : (row.roles.find((candidate) => candidate !== 'member') ?? 'member');
      const entry = members.get(row.id) ?? { id: row.id, name: row.name, role, reported: null, expected: 0 };
      entry.role = role;
      entry.expected = Math.round((entry.expected + row.expected) * 10) / 10;
      if (row.reported !== null) entry.reported = (entry.reported ?? 0) + row.reported;
      members.set(row.id, entry);
    }
  }
  const rows = [...members.values()].sort((a, b) => a.name.localeCompare(b.name));
  const byRole = new Map<string, HoursFigures['byRole'][number]>();
  for (const row of rows) {
    const entry = byRole.get(row.role) ?? { role: row.role, members: 0, reported: 0, expected: 0 };
    entry.members += 1;
    entry.reported += row.reported ?? 0;
    entry.expected = Math.round((entry.expected + row.expected) * 10) / 10;
    byRole.set(row.role, entry);
  }
  return { reported, members: rows, byRole: [...byRole.values()].sort((a, b) => a.role.localeCompare(b.role)) };
}

function sumAudience(events: readonly EventRecord[]): Figures['audience'] {
  const sum = (key: 'citizens' | 'technologists' | 'government' | 'women') =>
    events.reduce((total, event) => total + (event.audience?.[key] ?? 0), 0);
  const [citizens, technologists, government, women] = [sum('citizens'), sum('technologists'), sum('government'), sum('women')];
  const total = citizens + technologists + government;
  return { citizens, technologists, government, women, total, womenShare: total > 0 ? women / total : null };
}

function meetingRow(event: EventRecord, members: [string, MemberRecord][]): MeetingRow {
  const { date, title } = event;
  if (!attendanceRecorded(event)) return { date, title, recorded: false, present: null, excused: null, missed: null };
  const missed = members.filter(([id, member]) => missedWithoutNotice(id, member, event)).length;
  const { present = [], excused = [] } = event.attendance;
  return { date, title, recorded: true, present: new Set(present).size, excused: new Set(excused).size, missed };
}

/** Each member's life-cycle steps of one kind (the days `days` gives) that fell in the period, by day. */
function memberEvents(
  members: [string, MemberRecord][],
  period: Pick<Period, 'start' | 'end'>,
  days: (member: MemberRecord) => (string | undefined)[],
): MemberEvent[] {
  const inPeriod = (date: string | undefined): date is string => date !== undefined && within(date, period);
  return members
    .flatMap(([id, member]) => days(member).filter(inPeriod).map((date) => ({ id, name: member.name, date })))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function hoursRow(id: string, member: MemberRecord, lab: LabRecord | undefined, date: string, policy: Policy) {
  return { id, name: member.name, roles: rolesOn(member, date).join(', '), ...hoursCommitment(id, member, lab, date, policy) };
}

function activeInPeriod(project: ProjectRecord, period: Pick<Period, 'start' | 'end'>): boolean {
  return (project.started ?? period.start) <= period.end && (project.ended ?? period.end) >= period.start;
}

function countBy(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * When an event was, in words: its day, its times where known, and its last day when it
 * lasted several (`14 November 2026, 19:00 to 16 November 2026, 02:00`).
 */
export function eventWhen(event: Pick<EventRecord, 'date' | 'starts' | 'ends' | 'until'>): string {
  const first = `${formatDay(event.date)}${event.starts === undefined ? '' : `, ${event.starts}`}`;
  if (event.until !== undefined && event.until !== event.date) return `${first} to ${formatDay(event.until)}${event.ends === undefined ? '' : `, ${event.ends}`}`;
  return event.ends === undefined ? first : `${first}–${event.ends}`;
}
