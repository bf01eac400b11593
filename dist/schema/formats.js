/**
 * The string formats the schemas use, with the checks `cil` gives them. JSON Schema names
 * them (`date`, `uri`), so other validators apply their own versions of the same checks.
 */
/** The format checks by the names the schemas use, for ajv (here and in the build's validators). */
export const FORMATS = { date: isIsoDate, uri: isWebUrl };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar date written YYYY-MM-DD: 2026-02-28 is one, 2026-02-30 is not. */
export function isIsoDate(value) {
    const match = ISO_DATE.exec(value);
    if (!match)
        return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1)
        return false;
    return day <= daysInMonth(year, month);
}
/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
export function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** An absolute web address (http or https) that the WHATWG URL parser accepts. */
export function isWebUrl(value) {
    if (!/^https?:\/\//i.test(value))
        return false;
    return URL.canParse(value);
}
const timezones = new Map();
/** Whether a name is an IANA time zone this Node.js knows (Asia/Karachi, UTC...). */
export function isKnownTimezone(name) {
    let known = timezones.get(name);
    if (known === undefined) {
        try {
            new Intl.DateTimeFormat('en', { timeZone: name });
            known = true;
        }
        catch {
            known = false;
        }
        timezones.set(name, known);
    }
    return known;
}
