import { monthPeriod } from '../calendar/periods.js';
import { activeOn, expectedWeeklyHours, rolesOn } from './membership.js';
/** The weekly commitment over a month: its days over seven weeks' worth, rounded to one decimal. */
export function monthCommitment(weekly, month) {
    const period = monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    const days = Number(period.end.slice(8, 10));
    return Math.round((weekly * days * 10) / 7) / 10;
}
/** The monthly update of a month, when it is recorded and valid. */
export function monthlyReport(folder, month) {
    const record = folder.reports.get(`${month}-monthly`)?.record;
    return record?.kind === 'monthly' ? record : undefined;
}
/**
 * The core members of a month (part of the lab on its last day, with a role that carries a
 * weekly commitment) and the hours the month's update reports for each.
 */
export function hoursOfMonth(folder, month, policy) {
    // A month is in the figures of its monthly, quarterly, half-year and annual documents: worked
    // out once per loaded lab and policy.
    let known = HOURS.get(folder);
    if (known?.policy !== policy) {
        known = { policy, months: new Map() };
        HOURS.set(folder, known);
    }
    let rows = known.months.get(month);
    if (!rows) {
        rows = monthHours(folder, month, policy);
        known.months.set(month, rows);
    }
    return rows;
}
const HOURS = new WeakMap();
/** hoursOfMonth worked out afresh, without remembering (what `npm run bench` compares it with). */
export function monthHours(folder, month, policy) {
    const lab = folder.lab?.record;
    const end = monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7))).end;
    const reported = monthlyReport(folder, month)?.hours ?? {};
    return [...folder.members.entries()].flatMap(([id, file]) => {
        const member = file.record;
        if (!member || !activeOn(member, end))
            return [];
        const weekly = expectedWeeklyHours(id, member, lab, end, policy);
        if (weekly === undefined)
            return [];
        const hours = Object.hasOwn(reported, id) ? reported[id] : undefined;
        const expected = monthCommitment(weekly, month);
        return [{ id, name: member.name, roles: rolesOn(member, end), reported: hours ?? null, weekly, expected }];
    });
}
/** The members a monthly update is asked to report hours for: active on a day, with a role that carries a commitment. */
export function membersOwingHours(folder, date, policy) {
    const lab = folder.lab?.record;
    return [...folder.members.entries()].flatMap(([id, file]) => {
        const member = file.record;
        return member && member.status === 'active' && activeOn(member, date) && expectedWeeklyHours(id, member, lab, date, policy) !== undefined
            ? [[id, member]]
            : [];
    });
}
