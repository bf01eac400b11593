import { monthPeriod, periodOf } from '../calendar/periods.js';
export function judgedLabs(network) {
    return [...network.labs.values()].flatMap((folder) => {
        const lab = folder.lab?.record;
        const path = folder.lab?.path;
        return lab && path && lab.status !== 'dormant' && lab.status !== 'closed' ? [{ folder, lab, path }] : [];
    });
}
/**
 * The months a lab is judged on as of a day: those that began on or after its founding
 * (a lab founded on the 20th is not held to that month) and have ended.
 */
export function judgedMonths(founded, asOf) {
    const months = [];
    let [year, month] = [Number(founded.slice(0, 4)), Number(founded.slice(5, 7))];
    for (;;) {
        const period = monthPeriod(year, month);
        if (period.end >= asOf)
            break;
        if (period.start >= founded)
            months.push(period);
        [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
    return months;
}
/** The quarters a lab is judged on as of a day, as for months. */
export function judgedQuarters(founded, asOf) {
    const quarters = [];
    let [year, quarter] = [Number(founded.slice(0, 4)), Math.ceil(Number(founded.slice(5, 7)) / 3)];
    for (;;) {
        const period = periodOf('quarterly', `${year}-Q${quarter}`);
        if (period.end >= asOf)
            break;
        if (period.start >= founded)
            quarters.push(period);
        [year, quarter] = quarter === 4 ? [year + 1, 1] : [year, quarter + 1];
    }
    return quarters;
}
