import { monthPeriod, periodOf } from '../calendar/periods.js';
import { hoursOfMonth } from './hours.js';
import { judgedMonths } from './judged.js';
import { activeOn, bringsCitizensAndTechnologists, isMeeting, womenAmong } from './membership.js';
import { dueReports } from './reports-due.js';
import { memberStandings } from './standing.js';
/** A lab of the handbook's suggested shape: a lead with a community lead, a technologist and a liaison lead. */
export const CORE_TEAM_SIZE = 4;
const ACTIVE_PROJECT = new Set(['discovery', 'building', 'launched']);
const COMPLETED_PROJECT = new Set(['handed-over', 'closed']);
/**
 * Where a lab stands as of a day: the recognition checklist, the role metrics, the members
 * due a warning or offboarding, and its audit's counts. It reads the same records and the
 * same accountability logic as the audit, so both tell the same story.
 */
export function labStatus(folder, settings, asOf, findings) {
    const lab = folder.lab?.record;
    if (!lab)
        return undefined;
    const { policy } = settings;
    const members = [...folder.members.entries()].flatMap(([id, file]) => (file.record ? [{ id, member: file.record }] : []));
    const active = members.filter(({ member }) => activeOn(member, asOf));
    const events = [...folder.events.values()].flatMap((file) => (file.record && file.record.date <= asOf ? [file.record] : []));
    const projects = [...folder.projects.values()].flatMap((file) => (file.record ? [file.record] : []));
    const reports = [...folder.reports.values()].flatMap((file) => (file.record ? [file.record] : []));
    const month = monthPeriod(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)));
    const lastMonth = judgedMonths(lab.founded, asOf).at(-1);
    const quarter = periodOf('quarterly', `${asOf.slice(0, 4)}-Q${Math.ceil(Number(asOf.slice(5, 7)) / 3)}`);
    const inPeriod = (date, period) => date >= period.start && date <= period.end && date <= asOf;
    const meetingsIn = (period) => events.filter((event) => isMeeting(event, lab) && inPeriod(event.date, period)).length;
    const leads = lab.leads.filter((id) => active.some((entry) => entry.id === id));
    const women = womenAmong(active.map(({ member }) => member));
    const due = dueReports(folder, lab.founded, policy, asOf);
    const reportsIn = (state, history = false) => due.filter((entry) => entry.state === state && entry.history === history).length;
    const [missing, late] = [reportsIn('missing'), reportsIn('late')];
    const withMou = (lab.partners ?? []).filter((partner) => partner.mou_signed !== undefined && partner.mou_signed <= asOf).length;
    const activeProjects = projects.filter((project) => ACTIVE_PROJECT.has(project.status)).length;
    const completedProjects = projects.filter((project) => COMPLETED_PROJECT.has(project.status)).length;
    const communityEvents = events.filter((event) => bringsCitizensAndTechnologists(event) && inPeriod(event.date, quarter)).length;
    const nameOf = (id) => folder.members.get(id)?.record?.name ?? id;
    const target = policy.women_participation_target;
    return {
        id: folder.id,
        name: lab.name,
        city: lab.city,
        province: lab.province,
        status: lab.status,
        checklist: {
            activeLead: { met: leads.length > 0, leads: leads.map(nameOf) },
            activeMembers: { met: active.length >= CORE_TEAM_SIZE, count: active.length, target: CORE_TEAM_SIZE },
            labMeetings: {
                // Judged on the last whole month; a lab founded this month meets it once this month's meetings do.
                met: lastMonth ? meetingsIn(lastMonth) >= policy.meetups_per_month : meetingsIn(month) >= policy.meetups_per_month ? true : null,
                thisMonth: { label: month.label, count: meetingsIn(month) },
                lastMonth: lastMonth ? { label: lastMonth.label, count: meetingsIn(lastMonth) } : null,
                target: policy.meetups_per_month,
            },
            communityEvents: {
                met: communityEvents >= policy.community_events_per_quarter ? true : null,
                count: communityEvents,
                quarter: quarter.id,
                target: policy.community_events_per_quarter,
            },
            reports: {
                // With none due yet, none is missing or late.
                met: missing + late === 0,
                due: due.length,
                onTime: reportsIn('on-time'),
                missing,
                late,
                undated: reportsIn('undated'),
                lateEarlier: reportsIn('late', true),
            },
            partners: { met: withMou > 0, withMou, total: (lab.partners ?? []).length },
            projects: { met: activeProjects + completedProjects > 0, active: activeProjects, completed: completedProjects },
            women: { ...women, met: women.share === null ? null : women.share >= target, target },
        },
        roles: {
            deliveryLead: { redeployments: projects.reduce((sum, project) => sum + (project.redeployments?.length ?? 0), 0) },
            communityOrganizer: { newMembers: members.filter(({ member }) => inPeriod(member.joined, quarter)).length },
            storyteller: {
                stories: reports.filter((report) => report.story !== undefined && (report.submitted ?? '') <= asOf).length,
                links: events.reduce((sum, event) => sum + (event.links?.length ?? 0), 0)
                    + reports.reduce((sum, report) => sum + (report.videos?.length ?? 0), 0),
            },
        },
        hours: reportedHours(folder, settings, asOf),
        attention: memberStandings(folder, policy, asOf).flatMap((standing) => {
            if (!standing.due)
                return [];
            const missed = standing.missedInARow.map((miss) => miss.date);
            const reports = standing.missedInARow.flatMap((miss) => (miss.report === undefined ? [] : [miss.report]));
            return [{ id: standing.id, name: standing.member.name, due: standing.due, missed, reports }];
        }),
        findings,
    };
}
/** The hours of the last three months that ended before `asOf`, by core member (those with a commitment in any of them). */
function reportedHours(folder, settings, asOf) {
    const months = [];
    let [year, month] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
    while (months.length < 3) {
        [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
        months.unshift(monthPeriod(year, month).id);
    }
    const members = new Map();
    for (const id of months) {
        for (const row of hoursOfMonth(folder, id, settings.policy)) {
            const entry = members.get(row.id) ?? { id: row.id, name: row.name, roles: row.roles, months: [] };
            entry.roles = row.roles;
            entry.months.push({ month: id, reported: row.reported, expected: row.expected });
            members.set(row.id, entry);
        }
    }
    return { months, members: [...members.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}
