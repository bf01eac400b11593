import { monthPeriod, periodOf } from '../calendar/periods.js';
import { activeOn, womenAmong } from '../handbook/membership.js';
import { meetingsUpTo } from '../handbook/standing.js';
import { allowedValues } from '../schema/validate.js';
/** The labs with a valid lab record, in the network's order. */
function labsOf(network) {
    return [...network.labs.values()].flatMap((folder) => (folder.lab?.record ? [{ folder, lab: folder.lab.record }] : []));
}
/** Each lab's figures of one chart. */
function eachLab(network, values) {
    return labsOf(network).map(({ folder, lab }) => ({ id: folder.id, name: lab.name, city: lab.city, values: values(folder) }));
}
/** The `count` months up to the one holding `asOf`, oldest first. */
export function monthsUpTo(asOf, count = 12) {
    const [year, month] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
    return Array.from({ length: count }, (_, index) => {
        const back = year * 12 + (month - 1) - (count - 1 - index);
        return monthPeriod(Math.floor(back / 12), (back % 12) + 1);
    });
}
/** The `count` quarters up to the one holding `asOf`, oldest first. */
export function quartersUpTo(asOf, count = 4) {
    const [year, quarter] = [Number(asOf.slice(0, 4)), Math.ceil(Number(asOf.slice(5, 7)) / 3)];
    return Array.from({ length: count }, (_, index) => {
        const back = year * 4 + (quarter - 1) - (count - 1 - index);
        return periodOf('quarterly', `${Math.floor(back / 4)}-Q${(back % 4) + 1}`);
    });
}
/** Sums what a lab's meetings up to `asOf` count, by the month they were held in. */
function monthValues(folder, asOf, periods, measure) {
    const index = new Map(periods.map((period, at) => [period.id, at]));
    const values = periods.map(() => 0);
    for (const { event } of meetingsUpTo(folder, asOf)) {
        const at = index.get(event.date.slice(0, 7));
        if (at !== undefined)
            values[at] = values[at] + measure(event);
    }
    return values;
}
/** Each period's (or status's) figure for the network: the labs' figures added up. */
export const totals = (labs, length) => Array.from({ length }, (_, at) => labs.reduce((sum, lab) => sum + lab.values[at], 0));
function perMonth(network, asOf, months, measure) {
    const periods = monthsUpTo(asOf, months);
    const labs = eachLab(network, (folder) => monthValues(folder, asOf, periods, measure));
    return { periods, network: totals(labs, periods.length), labs };
}
const countMeeting = () => 1;
const countPresent = (event) => new Set(event.attendance?.present ?? []).size;
/** Lab meetings held each month (the event kinds each lab counts as meetings), the last `months` months up to `asOf`. */
export function meetingsPerMonth(network, asOf, months = 12) {
    return perMonth(network, asOf, months, countMeeting);
}
/**
 * Members present at lab meetings each month: the head count of each meeting's `present`
 * list, summed; meetings whose attendance was not recorded count none. Only numbers: who
 * came, or missed, never leaves the records.
 */
export function attendancePerMonth(network, asOf, months = 12) {
    return perMonth(network, asOf, months, countPresent);
}
/**
 * Women's share of active members each quarter, as the `women-participation` rule counts it
 * (among those who gave their gender), on the quarter's last day or on `asOf` for the quarter
 * under way; null where no active member gave it. The network's figure counts every lab's
 * members together.
 */
export function womenSharePerQuarter(network, settings, asOf, quarters = 4) {
    const periods = quartersUpTo(asOf, quarters);
    const labs = eachLab(network, (folder) => womenValues(folder, asOf, periods));
    return { periods, target: settings.policy.women_participation_target, network: womenTotals(labs, periods.length), labs };
}
/** The days a quarter's share is counted on: its last, or `asOf` for the quarter under way. */
const countedOn = (periods, asOf) => periods.map((period) => (period.end < asOf ? period.end : asOf));
function womenValues(folder, asOf, periods) {
    const members = [...folder.members.values()].flatMap((file) => (file.record ? [file.record] : []));
    return countedOn(periods, asOf).map((day) => womenAmong(members.filter((member) => activeOn(member, day))));
}
/** The network's women's share each quarter: every lab's members counted together (a member is in one lab). */
export function womenTotals(labs, length) {
    return Array.from({ length }, (_, at) => {
        const [women, counted] = labs.reduce(([w, c], lab) => [w + (lab.values[at]?.women ?? 0), c + (lab.values[at]?.counted ?? 0)], [0, 0]);
        return { women, counted, share: counted > 0 ? women / counted : null };
    });
}
/** Projects by status (in the schema's order: discovery to abandoned), for the network and each lab. */
export function projectsByStatus(network) {
    const statuses = allowedValues('projectStatus');
    const labs = eachLab(network, (folder) => statusValues(folder, statuses));
    return { statuses, network: totals(labs, statuses.length), labs };
}
function statusValues(folder, statuses) {
    const values = statuses.map(() => 0);
    for (const file of folder.projects.values()) {
        const at = file.record ? statuses.indexOf(file.record.status) : -1;
        if (at >= 0)
            values[at] = values[at] + 1;
    }
    return values;
}
export function labChartFigures(folder, asOf) {
    const lab = folder.lab?.record;
    if (!lab)
        return undefined;
    const [months, quarters] = [monthsUpTo(asOf), quartersUpTo(asOf)];
    return {
        id: folder.id,
        name: lab.name,
        city: lab.city,
        meetings: monthValues(folder, asOf, months, countMeeting),
        attendance: monthValues(folder, asOf, months, countPresent),
        women: womenValues(folder, asOf, quarters),
        projects: statusValues(folder, allowedValues('projectStatus')),
    };
}
