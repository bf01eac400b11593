import { DateTime, IANAZone } from 'luxon';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

/**
 * The VTIMEZONE of a zone cil.yaml accepts, under exactly its name, for the years `first` to
 * `last`: an observance from the first moment of `first`, then one at each change of offset,
 * from the time zone database that luxon reads (Node's, which the schema's list of zones comes
 * from). Made here rather than taken ready-made: the components of @touch4it/ical-timezones
 * (tzurl.org's data of 2018) are missing for 113 of the 597 zones, given under another zone's
 * name for 25 (some of them a zone of other rules), and hold rules that no longer apply for 59
 * more (Mexico, Brazil, Jordan; Etc/GMT+5 at +05:00): a calendar program that reads them puts
 * an event at the wrong hour.
 */
export function vtimezone(zone: string, first: number, last: number): string {
  const offsets = IANAZone.create(zone);
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const onsets = [DateTime.fromObject({ year: first }, { zone }).toMillis(), ...years.flatMap((year) => changesOfOffset(zone, year))];
  const observances = onsets.map((onset) => {
    const from = offsets.offset(onset - MINUTE);
    const to = offsets.offset(onset);
    const kind = DateTime.fromMillis(onset, { zone }).isInDST ? 'DAYLIGHT' : 'STANDARD';
    // The onset is a local time, as the offset before it has it (RFC 5545 3.6.5).
    const local = new Date(onset + from * MINUTE).toISOString().replace(/[-:]|\.\d+Z$/g, '');
    return [`BEGIN:${kind}`, `DTSTART:${local}`, `TZOFFSETFROM:${utcOffset(from)}`, `TZOFFSETTO:${utcOffset(to)}`, `END:${kind}`];
  });
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observances.flat(), 'END:VTIMEZONE'].join('\r\n');
}

/** The changes of offset found so far, by zone and year: a site makes a calendar for each lab, of much the same years. */
const changesFound = new Map<string, number[]>();

/**
 * The moments (to the minute) in a year at which a zone's offset changes: a look a day apart
 * finds each day that holds a change, and halving that day finds its minute. No zone changes
 * its offset twice in a day.
 */
function changesOfOffset(zone: string, year: number): number[] {
  const key = `${zone} ${year}`;
  const found = changesFound.get(key);
  if (found) return found;
  const offsets = IANAZone.create(zone);
  const end = DateTime.fromObject({ year: year + 1 }, { zone }).toMillis();
  const changes: number[] = [];
  for (let day = DateTime.fromObject({ year }, { zone }).toMillis(); day < end; day += DAY) {
    let [before, after] = [day, Math.min(day + DAY, end)];
    if (offsets.offset(before) === offsets.offset(after)) continue;
    while (after - before > MINUTE) {
      const middle = before + Math.ceil((after - before) / 2 / MINUTE) * MINUTE;
      if (offsets.offset(middle) === offsets.offset(before)) before = middle;
      else after = middle;
    }
    changes.push(after);
  }
  changesFound.set(key, changes);
  return changes;
}

/** An offset in minutes as iCalendar writes it: `+0500`, `-0330`. */
function utcOffset(minutes: number): string {
  const whole = Math.abs(minutes);
  const hhmm = `${String(Math.floor(whole / 60)).padStart(2, '0')}${String(whole % 60).padStart(2, '0')}`;
  return `${minutes < 0 ? '-' : '+'}${hhmm}`;
}

/**
 * Whether a local time does not exist in a zone on a day: an hour the clocks skip when they
 * go forward (RFC 5545 reads it as the hour after). Only zones that change their offset that
 * year are asked, so a network in a zone without daylight saving pays nothing.
 */
export function skippedTime(zone: string, day: string, time: string): boolean {
  if (changesOfOffset(zone, Number(day.slice(0, 4))).length === 0) return false;
  const local = DateTime.fromISO(`${day}T${time}`, { zone });
  return local.isValid && (local.toISODate() !== day || local.toFormat('HH:mm') !== time);
}
