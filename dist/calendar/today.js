import { CliError } from '../errors.js';
import { isIsoDate } from '../schema/formats.js';
/** Today's date (YYYY-MM-DD) in a time zone: a lab in Karachi at 01:00 is already on the next day. */
export function todayIn(timezone, now = new Date()) {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', {
        timeZone: timezone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
    }).format(now);
}
/** The `--as-of` date, checked, or today in the network's time zone. */
export function resolveAsOf(asOf, timezone) {
    if (asOf === undefined)
        return todayIn(timezone);
    if (!isIsoDate(asOf))
        throw new CliError(`--as-of ${asOf} is not a date; write it as YYYY-MM-DD, like 2026-11-05`);
    return asOf;
}
