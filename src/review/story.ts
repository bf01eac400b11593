import { classifyPath } from '../network/layout.js';
import type { FileKind } from '../network/types.js';
import type { EventRecord, LabRecord, MemberRecord, ProjectRecord, ReportRecord } from '../schema/records.generated.js';

/** One file of the change, with its record before and after (undefined where it had none). */
export interface ChangedFile {
  /** Network-relative path after the change (before it, for deletions). */
  path: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  from?: string;
  before?: unknown;
  after?: unknown;
}

/** What happened to a member in a change. */
export interface MemberChange {
  /** Formal warnings added. */
  warned: { date: string; reason: string }[];
  offboarded?: { date?: string; reason?: string };
  reinstated?: { terms?: string };
  /** Another change of status (active to alumni, say). */
  status?: { from: string; to: string };
  /** Other fields that changed. */
  fields: string[];
}

/** What happened in a change, one event per file, in the terms of the records. */
export type StoryEvent = { path: string } & (
  | { kind: 'member-joined'; name: string; roles: string[]; joined: string }
  | ({ kind: 'member-changed'; name: string } & MemberChange)
  | { kind: 'event-recorded'; event: EventRecord }
  | { kind: 'event-changed'; event: EventRecord; fields: string[] }
  | { kind: 'project-added'; name: string; status: string }
  | { kind: 'project-changed'; name: string; status?: { from: string; to: string }; fields: string[] }
  | { kind: 'report-submitted' | 'report-changed'; report?: { kind: string; period: string }; document: string }
  | { kind: 'lab-registered'; name?: string; city?: string; province?: string }
  | { kind: 'lab-changed'; fields: string[] }
  | { kind: 'removed'; record: FileKind; name?: string }
  | { kind: 'renamed'; from: string }
  /** A file that holds no record, or whose new version cannot be read: its kind and what happened to it. */
  | { kind: 'file'; record: FileKind; status: ChangedFile['status'] }
);

/** What happened in one lab. */
export interface LabStory {
  lab: string;
  events: StoryEvent[];
  /** Rendered documents that changed with their reports or records. */
  documents: string[];
}

export interface Story {
  labs: LabStory[];
  /** Changes outside the labs: settings, templates, workflows; for the core team to decide. */
  network: { path: string; status: ChangedFile['status']; from?: string }[];
}

const changedKeys = (before: unknown, after: unknown): string[] => {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
};

/**
 * The change told as a story per lab: who joined, was warned, offboarded or reinstated;
 * events recorded; projects added and their status changes; reports submitted; and the
 * changes outside labs that the core team must decide on.
 */
export function tellStory(files: readonly ChangedFile[]): Story {
  const labs = new Map<string, LabStory>();
  const network: Story['network'] = [];
  for (const file of files) {
    const { kind, lab } = classifyPath(file.path);
    if (lab === undefined || kind === 'unknown') {
      network.push({ path: file.path, status: file.status, ...(file.from ? { from: file.from } : {}) });
      continue;
    }
    let story = labs.get(lab);
    if (!story) labs.set(lab, (story = { lab, events: [], documents: [] }));
    if (kind === 'document') story.documents.push(file.path);
    else story.events.push(eventOf(kind, file));
  }
  return { labs: [...labs.values()].sort((a, b) => a.lab.localeCompare(b.lab)), network };
}

function eventOf(kind: FileKind, file: ChangedFile): StoryEvent {
  const { path } = file;
  if (file.status === 'deleted') {
    const named = file.before as { name?: string; title?: string } | undefined;
    return { path, kind: 'removed', record: kind, name: named?.name ?? named?.title };
  }
  if (file.status === 'renamed') return { path, kind: 'renamed', from: file.from ?? path };
  if (file.after === undefined && kind !== 'report' && kind !== 'lab') return { path, kind: 'file', record: kind, status: file.status };
  switch (kind) {
    case 'member':
      return memberEvent(path, file.before as MemberRecord | undefined, file.after as MemberRecord, file.status);
    case 'event': {
      const event = file.after as EventRecord;
      return file.status === 'added' ? { path, kind: 'event-recorded', event } : { path, kind: 'event-changed', event, fields: changedKeys(file.before, event) };
    }
    case 'project': {
      const before = file.before as ProjectRecord | undefined;
      const after = file.after as ProjectRecord;
      if (file.status === 'added') return { path, kind: 'project-added', name: after.name, status: after.status };
      const status = before && before.status !== after.status ? { from: before.status, to: after.status } : undefined;
      return { path, kind: 'project-changed', name: after.name, status, fields: changedKeys(before, after).filter((key) => key !== 'status') };
    }
    case 'report': {
      const report = file.after as ReportRecord | undefined;
      const document = path.replace(/\.yaml$/, '.md');
      const about = report ? { kind: report.kind, period: String(report.period ?? report.project ?? '') } : undefined;
      return { path, kind: file.status === 'added' ? 'report-submitted' : 'report-changed', report: about, document };
    }
    case 'lab': {
      const lab = file.after as LabRecord | undefined;
      if (file.status === 'added') return { path, kind: 'lab-registered', name: lab?.name, city: lab?.city, province: lab?.province };
      return { path, kind: 'lab-changed', fields: changedKeys(file.before, file.after) };
    }
    default:
      return { path, kind: 'file', record: kind, status: file.status };
  }
}

function memberEvent(path: string, before: MemberRecord | undefined, after: MemberRecord, status: ChangedFile['status']): StoryEvent {
  if (status === 'added' || !before) return { path, kind: 'member-joined', name: after.name, roles: after.roles.map((role) => role.role), joined: after.joined };
  const change: MemberChange = {
    warned: (after.warnings ?? []).slice((before.warnings ?? []).length),
    fields: changedKeys(before, after).filter((key) => !['warnings', 'status', 'offboarded', 'reinstated'].includes(key)),
  };
  if (before.status !== after.status) {
    if (after.status === 'offboarded') change.offboarded = { date: after.offboarded?.date, reason: after.offboarded?.reason };
    else if (after.status === 'active' && before.status === 'offboarded') change.reinstated = { terms: after.reinstated?.at(-1)?.terms };
    else change.status = { from: before.status, to: after.status };
  }
  return { path, kind: 'member-changed', name: after.name, ...change };
}
