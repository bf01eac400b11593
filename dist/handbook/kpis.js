/**
 * A KPI's value on a day: the last value of its `history` measured by then (null when it
 * was first measured later). A KPI with no history, as every KPI written before it had one,
 * counts as its `actual` on every day.
 */
export function kpiValueOn(kpi, date) {
    if (kpi.history === undefined || kpi.history.length === 0)
        return kpi.actual ?? null;
    let value = null;
    for (const entry of kpi.history)
        if (entry.date <= date)
            value = entry.value;
    return value;
}
/** How far a value is towards its target (0 to 1 and beyond), or null when either is unknown. */
export function progressOf(value, target) {
    return target && value !== null ? value / target : null;
}
