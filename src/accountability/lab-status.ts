import { monthPeriod, periodOf, type Period } from '../calendar/periods.js';
import type { Finding } from '../audit/types.js';
import { activeOn, bringsCitizensAndTechnologists, isMeeting, womenAmong } from '../network/membership.js';
import type { Settings } from '../network/settings.js';
import type { LabFolder } from '../network/types.js';
import { judgedMonths } from './judged.js';
import { dueReports } from './reports-due.js';
import { memberStandings } from './standing.js';

/** An item of the recognition checklist: met, not met, or not yet judged (a period under way). */
export interface ChecklistItem {
  item: string;
  met: boolean | null;
  detail: string;
}

export interface LabStatus {
  id: string;
  name: string;
  city: string;
  province: string;
  status: string;
  checklist: ChecklistItem[];
  /** The checklist's numbers, for tables. */
  summary: {
    activeLead: boolean;
    activeMembers: number;
    meetingsLastMonth: number | null;
    communityEventsThisQuarter: number;
    reportsMissing: number;
    reportsLate: number;
    partnersWithMou: number;
    activeProjects: number;
    completedProjects: number;
    womenShare: number | null;
  };
  /** The handbook's metrics of each core role. */
  roles: {
    organizer: { activeProjects: number; completedProjects: number };
    deliveryLead: { activeProjects: number; completedProjects: number; redeployments: number };
    communityOrganizer: { newMembers: number; activeMembers: number };
    storyteller: { stories: number; links: number };
  };
  /** Members the handbook's next step is due for. */
  attention: { id: string; name: string; due: 'warning' | 'offboarding'; missed: string[] }[];
  findings: { errors: number; warnings: number; infos: number };
}

/** A lab of the handbook's suggested shape: a lead with a community lead, a technologist and a liaison lead. */
export const CORE_TEAM_SIZE = 4;

const ACTIVE_PROJECT = new Set(['discovery', 'building', 'launched']);
const COMPLETED_PROJECT = new Set(['handed-over', 'closed']);

/**
 * Where a lab stands as of a day: the recognition checklist, the role metrics, the members
 * due a warning or offboarding, and its audit findings. It reads the same records and the
 * same accountability logic as the audit, so both tell the same story.
 */
export function labStatus(folder: LabFolder, settings: Settings, asOf: string, findings: readonly Finding[]): LabStatus | undefined {
  const lab = folder.lab?.record;
  if (!lab) return undefined;
  const { policy } = settings;
  const members = [...folder.members.entries()].flatMap(([id, file]) => (file.record ? [{ id, member: file.record }] : []));
  const active = members.filter(({ member }) => activeOn(member, asOf));
  const events = [...folder.events.values()].flatMap((file) => (file.record && file.record.date <= asOf ? [file.record] : []));
  const projects = [...folder.projects.values()].flatMap((file) => (file.record ? [file.record] : []));
  const reports = [...folder.reports.values()].flatMap((file) => (file.record ? [file.record] : []));
  const month = monthPeriod(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)));
  const lastMonth = judgedMonths(lab.founded, asOf).at(-1);
  const quarter = periodOf('quarterly', `${asOf.slice(0, 4)}-Q${Math.ceil(Number(asOf.slice(5, 7)) / 3)}`) as Period;
  const inPeriod = (date: string, period: Pick<Period, 'start' | 'end'>) => date >= period.start && date <= period.end && date <= asOf;
  const meetingsIn = (period: Period) => events.filter((event) => isMeeting(event, lab) && inPeriod(event.date, period)).length;
  const leads = lab.leads.filter((id) => active.some((entry) => entry.id === id));
  const women = womenAmong(active.map(({ member }) => member));
  const due = dueReports(folder, lab.founded, policy, asOf);
  const missing = due.filter((entry) => entry.state === 'missing').length;
  const late = due.filter((entry) => entry.state === 'late').length;
  const partnersWithMou = (lab.partners ?? []).filter((partner) => partner.mou_signed !== undefined && partner.mou_signed <= asOf);
  const activeProjects = projects.filter((project) => ACTIVE_PROJECT.has(project.status)).length;
  const completedProjects = projects.filter((project) => COMPLETED_PROJECT.has(project.status)).length;
  const communityEvents = events.filter((event) => bringsCitizensAndTechnologists(event) && inPeriod(event.date, quarter)).length;
  const nameOf = (id: string) => folder.members.get(id)?.record?.name ?? id;
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;

  const checklist: ChecklistItem[] = [
    { item: 'Active lead', met: leads.length > 0, detail: leads.length > 0 ? leads.map(nameOf).join(', ') : 'none: name one in lab.yaml' },
    {
      item: 'Active members',
      met: active.length >= CORE_TEAM_SIZE,
      detail: `${active.length} (a lead and a core team make ${CORE_TEAM_SIZE} or more)`,
    },
    {
      item: 'Lab meetings',
      met: lastMonth ? meetingsIn(lastMonth) >= policy.meetups_per_month : null,
      detail: `${month.label}: ${meetingsIn(month)} so far${lastMonth ? `; ${lastMonth.label}: ${meetingsIn(lastMonth)}` : ''} (at least ${policy.meetups_per_month} a month)`,
    },
    {
      item: 'Community event this quarter',
      met: communityEvents >= policy.community_events_per_quarter ? true : null,
      detail: `${communityEvents} so far in ${quarter.id} (at least ${policy.community_events_per_quarter} a quarter)`,
    },
    {
      item: 'Reports up to date',
      met: due.length === 0 ? null : missing === 0,
      detail: due.length === 0 ? 'none due yet' : missing + late === 0 ? `all ${due.length} due reports came on time` : `${missing} missing, ${late} late of ${due.length} due`,
    },
    {
      item: 'Partners with MoUs',
      met: partnersWithMou.length > 0,
      detail: `${partnersWithMou.length} of ${(lab.partners ?? []).length} partners`,
    },
    {
      item: 'Projects',
      met: activeProjects + completedProjects > 0,
      detail: `${activeProjects} active, ${completedProjects} completed`,
    },
    {
      item: "Women's share of members",
      met: women.share === null ? null : women.share >= policy.women_participation_target,
      detail:
        women.share === null
          ? 'no member has given their gender'
          : `${Math.round(women.share * 100)}%: ${women.women} of ${women.counted} (target ${Math.round(policy.women_participation_target * 100)}%)`,
    },
  ];

  return {
    id: folder.id,
    name: lab.name,
    city: lab.city,
    province: lab.province,
    status: lab.status,
    checklist,
    summary: {
      activeLead: leads.length > 0,
      activeMembers: active.length,
      meetingsLastMonth: lastMonth ? meetingsIn(lastMonth) : null,
      communityEventsThisQuarter: communityEvents,
      reportsMissing: missing,
      reportsLate: late,
      partnersWithMou: partnersWithMou.length,
      activeProjects,
      completedProjects,
      womenShare: women.share,
    },
    roles: {
      organizer: { activeProjects, completedProjects },
      deliveryLead: {
        activeProjects,
        completedProjects,
        redeployments: projects.reduce((sum, project) => sum + (project.redeployments?.length ?? 0), 0),
      },
      communityOrganizer: {
        newMembers: members.filter(({ member }) => inPeriod(member.joined, quarter)).length,
        activeMembers: active.length,
      },
      storyteller: {
        stories: reports.filter((report) => report.story !== undefined && (report.submitted ?? '') <= asOf).length,
        links:
          events.reduce((sum, event) => sum + (event.links?.length ?? 0), 0)
          + reports.reduce((sum, report) => sum + (report.videos?.length ?? 0), 0),
      },
    },
    attention: memberStandings(folder, policy, asOf).flatMap((standing) => {
      if (!standing.due) return [];
      const missed = standing.missedInARow.map((meeting) => meeting.event.date);
      return [{ id: standing.id, name: standing.member.name, due: standing.due, missed }];
    }),
    findings: { errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}
