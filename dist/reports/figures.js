import { monthsOf, within } from '../calendar/periods.js';
import { formatDay } from '../calendar/format.js';
import { activeOn, attendanceRecorded, bringsCitizensAndTechnologists, hoursCommitment, isMeeting, leftOn, missedWithoutNotice, rolesOn, womenAmong, } from '../handbook/membership.js';
import { hoursOfMonth } from '../handbook/hours.js';
import { kpiValueOn, progressOf } from '../handbook/kpis.js';
import { projectMouSigned } from '../handbook/projects.js';
const records = (files) => [...files.entries()].flatMap(([id, file]) => (file.record ? [[id, file.record]] : []));
// A lab's records, gathered once per loaded lab for all its reports.
const gathered = new WeakMap();
function labRecords(folder) {
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
export function computeFigures(folder, period, policy) {
    const lab = folder.lab?.record;
    const all = labRecords(folder);
    const members = all.members;
    const events = all.events.filter((event) => within(event.date, period));
    const meetings = events.filter((event) => isMeeting(event, lab));
    const audience = sumAudience(events);
    const active = members.filter(([, member]) => activeOn(member, period.end));
    const women = womenAmong(active.map(([, member]) => member));
    const projects = all.projects.filter(([, project]) => activeInPeriod(project, period));
    const partnerName = (id) => lab?.partners?.find((partner) => partner.id === id)?.name ?? id ?? null;
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
        okrs: (lab?.okrs ?? []).flatMap((okr) => (okr.key_results?.length ? okr.key_results : [undefined]).map((result) => ({
            objective: okr.objective,
            keyResult: result?.description ?? null,
            target: result?.target ?? null,
            current: result?.current ?? null,
            progress: progressOf(result?.current ?? null, result?.target),
        }))),
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
function kpiRow(project, kpi, period) {
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
function hoursFigures(folder, period, policy) {
    const leads = folder.lab?.record?.leads ?? [];
    const members = new Map();
    let reported = false;
    for (const month of monthsOf(period)) {
        for (const row of hoursOfMonth(folder, month, policy)) {
            if (row.reported !== null)
                reported = true;
            const role = leads.includes(row.id) ? 'lead' : (row.roles.find((candidate) => candidate !== 'member') ?? 'member');
            const entry = members.get(row.id) ?? { id: row.id, name: row.name, role, reported: null, expected: 0 };
            entry.role = role;
            entry.expected = Math.round((entry.expected + row.expected) * 10) / 10;
            if (row.reported !== null)
                entry.reported = (entry.reported ?? 0) + row.reported;
            members.set(row.id, entry);
        }
    }
    const rows = [...members.values()].sort((a, b) => a.name.localeCompare(b.name));
    const byRole = new Map();
    for (const row of rows) {
        const entry = byRole.get(row.role) ?? { role: row.role, members: 0, reported: 0, expected: 0 };
        entry.members += 1;
        entry.reported += row.reported ?? 0;
        entry.expected = Math.round((entry.expected + row.expected) * 10) / 10;
        byRole.set(row.role, entry);
    }
    return { reported, members: rows, byRole: [...byRole.values()].sort((a, b) => a.role.localeCompare(b.role)) };
}
function sumAudience(events) {
    const sum = (key) => events.reduce((total, event) => total + (event.audience?.[key] ?? 0), 0);
    const [citizens, technologists, government, women] = [sum('citizens'), sum('technologists'), sum('government'), sum('women')];
    const total = citizens + technologists + government;
    return { citizens, technologists, government, women, total, womenShare: total > 0 ? women / total : null };
}
function meetingRow(event, members) {
    const { date, title } = event;
    if (!attendanceRecorded(event))
        return { date, title, recorded: false, present: null, excused: null, missed: null };
    const missed = members.filter(([id, member]) => missedWithoutNotice(id, member, event)).length;
    const { present = [], excused = [] } = event.attendance;
    return { date, title, recorded: true, present: new Set(present).size, excused: new Set(excused).size, missed };
}
/** Each member's life-cycle steps of one kind (the days `days` gives) that fell in the period, by day. */
function memberEvents(members, period, days) {
    const inPeriod = (date) => date !== undefined && within(date, period);
    return members
        .flatMap(([id, member]) => days(member).filter(inPeriod).map((date) => ({ id, name: member.name, date })))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
function hoursRow(id, member, lab, date, policy) {
    return { id, name: member.name, roles: rolesOn(member, date).join(', '), ...hoursCommitment(id, member, lab, date, policy) };
}
function activeInPeriod(project, period) {
    return (project.started ?? period.start) <= period.end && (project.ended ?? period.end) >= period.start;
}
function countBy(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
/**
 * When an event was, in words: its day, its times where known, and its last day when it
 * lasted several (`14 November 2026, 19:00 to 16 November 2026, 02:00`).
 */
export function eventWhen(event) {
    const first = `${formatDay(event.date)}${event.starts === undefined ? '' : `, ${event.starts}`}`;
    if (event.until !== undefined && event.until !== event.date)
        return `${first} to ${formatDay(event.until)}${event.ends === undefined ? '' : `, ${event.ends}`}`;
    return event.ends === undefined ? first : `${first}–${event.ends}`;
}
