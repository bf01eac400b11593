import { monthName } from './periods.js';
/** A day (YYYY-MM-DD) as people write it: `5 November 2026`. Anything else is returned as text. */
export function formatDay(value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value ?? ''));
    if (!match)
        return String(value ?? '');
    return `${Number(match[3])} ${monthName(Number(match[2]))} ${match[1]}`;
}
/** Several days: `5 September 2026 and 10 October 2026`. */
export function formatDays(days) {
    const labels = days.map(formatDay);
    if (labels.length <= 1)
        return labels[0] ?? '';
    return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
