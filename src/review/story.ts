import { formatDay } from '../calendar/format.js';
import { classifyPath } from '../network/layout.js';
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

/** What happened in one lab, in plain words. */
export interface LabStory {
  lab: string;
  lines: string[];
  /** Rendered documents that changed with their reports or records. */
  documents: string[];
}

export interface Story {
  labs: LabStory[];
  /** Changes outside the labs: settings, templates, workflows; for the core team to decide. */
  network: string[];
}

const changedKeys = (before: unknown, after: unknown): string[] => {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
};

const headCounts = (event: EventRecord) => {
  const audience = event.audience;
  if (!audience) return '';
  const parts = (['citizens', 'technologists', 'government', 'women'] as const)
    .filter((key) => audience[key] !== undefined)
    .map((key) => `${audience[key]} ${key}`);
  return parts.length > 0 ? `; ${parts.join(', ')}` : '';
};

/**
 * The change told as a story per lab: who joined, was warned, offboarded or reinstated;
 * events recorded; projects added and their status changes; reports submitted; and the
 * changes outside labs that the core team must decide on.
 */
export function tellStory(files: readonly ChangedFile[]): Story {
  const labs = new Map<string, LabStory>();
  const network: string[] = [];
  const labStory = (lab: string) => {
    let story = labs.get(lab);
    if (!story) labs.set(lab, (story = { lab, lines: [], documents: [] }));
    return story;
  };
  for (const file of files) {
    const { kind, lab } = classifyPath(file.path);
    if (lab === undefined || kind === 'unknown') {
      network.push(`${file.path} ${file.status}${file.from ? ` (from ${file.from})` : ''}`);
      continue;
    }
    const story = labStory(lab);
    const line = describe(kind, file);
    if (kind === 'document') story.documents.push(file.path);
    else if (line) story.lines.push(line);
  }
  return { labs: [...labs.values()].sort((a, b) => a.lab.localeCompare(b.lab)), network };
}

function describe(kind: string, file: ChangedFile): string | undefined {
  const name = (record: unknown) => {
    const named = record as { name?: string; title?: string } | undefined;
    return named?.name ?? named?.title;
  };
  if (file.status === 'deleted') return `Removed ${kind} ${name(file.before) ?? file.path} (${file.path})`;
  if (file.status === 'renamed') return `Renamed ${file.from} to ${file.path}`;
  switch (kind) {
    case 'member':
      return describeMember(file.before as MemberRecord | undefined, file.after as MemberRecord | undefined, file);
    case 'event': {
      const event = file.after as EventRecord | undefined;
      if (!event) return `Event ${file.path} ${file.status}`;
      const what = `${formatDay(event.date)}: ${event.title} (${event.kind}${headCounts(event)})`;
      return file.status === 'added' ? `Event recorded: ${what}` : `Event changed (${changedKeys(file.before, file.after).join(', ')}): ${what}`;
    }
    case 'project': {
      const before = file.before as ProjectRecord | undefined;
      const after = file.after as ProjectRecord | undefined;
      if (!after) return `Project ${file.path} ${file.status}`;
      if (file.status === 'added') return `Project added: ${after.name} (${after.status})`;
      const status = before && before.status !== after.status ? `: status ${before.status} → ${after.status}` : '';
      const others = changedKeys(before, after).filter((key) => key !== 'status');
      return `Project ${after.name} changed${status}${others.length ? `${status ? ';' : ':'} ${others.join(', ')}` : ''}`;
    }
    case 'report': {
      const report = file.after as ReportRecord | undefined;
      const period = report?.period ?? report?.project ?? '';
      return `${file.status === 'added' ? 'Report submitted' : 'Report changed'}: ${report?.kind ?? 'report'} ${period} (${file.path.replace(/\.yaml$/, '.md')})`;
    }
    case 'lab': {
      const lab = file.after as LabRecord | undefined;
      if (file.status === 'added') return `Lab registered: ${lab?.name ?? file.path}${lab ? ` (${lab.city}, ${lab.province})` : ''}`;
      return `lab.yaml changed: ${changedKeys(file.before, file.after).join(', ')}`;
    }
    default:
      return `${file.path} ${file.status}`;
  }
}

function describeMember(before: MemberRecord | undefined, after: MemberRecord | undefined, file: ChangedFile): string {
  if (!after) return `Member ${file.path} ${file.status}`;
  const roles = after.roles.map((role) => role.role).join(', ');
  if (file.status === 'added' || !before) return `Member joined: ${after.name} (${roles}), ${formatDay(after.joined)}`;
  const events: string[] = [];
  const newWarnings = (after.warnings ?? []).slice((before.warnings ?? []).length);
  for (const warning of newWarnings) events.push(`warned on ${formatDay(warning.date)}: ${warning.reason}`);
  if (before.status !== after.status) {
    if (after.status === 'offboarded') events.push(`offboarded on ${formatDay(after.offboarded?.date)}: ${after.offboarded?.reason ?? ''}`);
    else if (after.status === 'active' && before.status === 'offboarded') events.push(`reinstated: ${after.reinstated?.at(-1)?.terms ?? ''}`);
    else events.push(`status ${before.status} → ${after.status}`);
  }
  const others = changedKeys(before, after).filter((key) => !['warnings', 'status', 'offboarded', 'reinstated'].includes(key));
  if (others.length > 0) events.push(`changed ${others.join(', ')}`);
  return `Member ${after.name}: ${events.join('; ') || 'no change to the record'}`;
}
