import ical, { foldLines, ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import type { EventRecord } from '../schema/records.generated.js';
import { withoutContactData } from '../text/contact-data.js';
import { formatDay } from './format.js';
import { vtimezone } from './vtimezone.js';

/** An event as a calendar shows it: its lab and its file's id with the record. */
export interface CalendarEvent {
  lab: { id: string; name: string };
  /** The event's file name without `.yaml`: `2026-11-07-prototype-meetup`. */
  id: string;
  event: EventRecord;
}

/**
 * The right-hand side of every UID: a UID is `<lab>/<event id>@` this, so it stays the same for
 * as long as the event's file keeps its name, and a subscribed calendar updates the event
 * instead of adding it again.
 */
export const UID_DOMAIN = 'cil.codeforpakistan.org';

/**
 * An RFC 5545 calendar of events, one VEVENT each. All-day events are dates (`VALUE=DATE`,
 * the end exclusive); timed ones are local times in `timezone`, with its VTIMEZONE for the
 * years they fall in. The output depends on the records alone: DTSTAMP is the first moment of
 * the event's day (UTC), not the time of the export, so the same repository gives the same
 * bytes and a published calendar changes only when an event does. Only public facts go out:
 * no attendance, no organizers, and text with contact details in it has them removed. An
 * event that ends before it starts is left out (`whyNotInCalendar` says why, for the caller
 * to tell).
 */
export function formatIcs(events: readonly CalendarEvent[], network: { name: string; timezone: string }, product: string): string {
  const written = events.flatMap((calendarEvent) => {
    const span = spanOf(calendarEvent.event, network.timezone);
    return span.why === undefined ? [{ ...calendarEvent, span }] : [];
  });
  // The local years of the timed events (all-day ones are dates, in no zone): those the zone's VTIMEZONE covers.
  const times = written.flatMap(({ span }) => [span.start, span.end ?? span.start]);
  const years = times.flatMap((time) => (DateTime.isDateTime(time) ? [time.year] : []));
  const calendar = ical({
    prodId: { company: 'Code for Pakistan', product, language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // The generator writes the zone's VTIMEZONE for the events that name it. No calendar-wide
    // zone name: ical-generator would then write DTSTAMP as a local time, which must be UTC.
    timezone: { name: null, generator: (zone) => vtimezone(zone, Math.min(...years), Math.max(...years)) },
    // The library writes NAME and X-WR-CALNAME as given: escaped here as RFC 5545 3.3.11 asks of text.
    name: network.name.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n/g, '\\n'),
  });
  for (const { lab, id, event, span } of written) {
    const timed = event.starts !== undefined;
    calendar.createEvent({
      id: `${lab.id}/${id}@${UID_DOMAIN}`,
      stamp: new Date(`${event.date}T00:00:00Z`),
      allDay: !timed,
      start: span.start,
      end: span.end,
      timezone: timed ? network.timezone : null,
      summary: clean(event.title),
      description: clean(description(event, lab.name)),
      location: location(event),
      url: publicLink(event.links?.[0]),
      categories: [{ name: event.kind }],
    });
  }
  const text = measuringOctets(() => calendar.toString());
  // ical-generator ends the last line without CRLF, which RFC 5545 asks for after every line.
  return `${calendar.length() === 0 ? withComponent(text, network.timezone) : text}\r\n`;
}

/**
 * A calendar without events (a lab that has held none yet) with the zone's VTIMEZONE before its
 * end: RFC 5545 (3.4) asks a calendar for at least one component. ical-generator writes a
 * VTIMEZONE only for the events that use it, or, for a calendar-wide zone, followed by
 * properties, which must come before every component. No event gives it a year: 1970's, so
 * that the calendar stays the same from year to year.
 */
function withComponent(calendar: string, timezone: string): string {
  return calendar.replace(/END:VCALENDAR$/, `${foldLines(vtimezone(timezone, 1970, 1970))}\r\nEND:VCALENDAR`);
}

/**
 * Runs `write` with a TextEncoder that only measures. ical-generator folds lines at 75
 * octets by making a TextEncoder for every character and encoding it, for its length alone:
 * three quarters of the time of a network's calendar (7 of 10 s for 20,000 events). The
 * folds are the same (a test compares both); the real encoder is back when `write` returns.
 */
export function measuringOctets<T>(write: () => T): T {
  const real = globalThis.TextEncoder;
  globalThis.TextEncoder = OctetCounter as unknown as typeof TextEncoder;
  try {
    return write();
  } finally {
    globalThis.TextEncoder = real;
  }
}

/** What ical-generator's folding asks of a TextEncoder: the UTF-8 length of a character. */
class OctetCounter {
  encode(text: string): { length: number } {
    return { length: Buffer.byteLength(text, 'utf8') };
  }
}

/** When an event starts and ends in a calendar (`end` null: a moment), or why a calendar cannot hold it. */
interface Span {
  start: Date | DateTime;
  end: Date | DateTime | null;
  why?: string;
}

function spanOf(event: EventRecord, timezone: string): Span {
  const last = event.until ?? event.date;
  const span: Span = event.starts === undefined
    ? { start: new Date(`${event.date}T00:00:00Z`), end: new Date(`${nextDay(last)}T00:00:00Z`) }
    : {
        start: at(event.date, event.starts, timezone),
        // A timed event without an end ends when it starts on a day of its own (RFC 5545 3.6.1);
        // over several days, it lasts until its last day is over.
        end: event.ends === undefined ? (event.until === undefined ? null : at(nextDay(last), '00:00', timezone)) : at(last, event.ends, timezone),
      };
  // RFC 5545 asks DTEND to be after DTSTART; ical-generator would swap the two without a word,
  // and publish a night from 23:00 to 01:30 as the day from 01:30 to 23:00.
  if (span.end === null || span.end.valueOf() > span.start.valueOf()) return span;
  // In order as written, out of order in time: the start is an hour the clocks skip (01:30 on
  // the night they go forward), which RFC 5545 reads as the hour after.
  const inOrder = event.starts === undefined || event.ends === undefined || `${last}T${event.ends}` > `${event.date}T${event.starts}`;
  if (last >= event.date && inOrder) {
    return { ...span, why: `it starts at ${event.starts} on ${formatDay(event.date)}, a time the clocks skip in ${timezone} that day; correct \`starts\`` };
  }
  if (last < event.date) {
    return { ...span, why: `it lasts until ${formatDay(last)}, before it begins on ${formatDay(event.date)}; correct \`until\` (its last day), or leave it out for an event of one day` };
  }
  const when = event.ends === event.starts ? 'when' : 'before';
  return { ...span, why: `it ends at ${event.ends}, ${when} it starts at ${event.starts}; add \`until\` with its last day if it goes on past midnight, or correct \`ends\`` };
}

/**
 * Why a calendar cannot hold an event as recorded (it ends before it starts, which the audit's
 * `event-times` rule reports), or undefined when it can.
 */
export const whyNotInCalendar = (event: EventRecord, timezone: string): string | undefined => spanOf(event, timezone).why;

/** A local time in a zone: what the library writes with that zone's TZID (and converts to UTC without one). */
function at(day: string, time: string | undefined, timezone: string): DateTime {
  return DateTime.fromISO(`${day}T${time ?? '00:00'}`, { zone: timezone });
}

function description(event: EventRecord, labName: string): string {
  const facts = `Lab: ${labName}\nKind: ${event.kind}`;
  return event.description === undefined ? facts : `${event.description}\n\n${facts}`;
}

function location(event: EventRecord): string | null {
  if (event.venue === undefined) return event.online === true ? 'online' : null;
  return clean(event.online === true ? `${event.venue} (online)` : event.venue);
}

const clean = (text: string) => withoutContactData(text);

/** A link goes out whole or not at all: one holding contact details (`mailto:`, a number) is left out. */
const publicLink = (link: string | undefined) => (link === undefined || withoutContactData(link) !== link ? null : link);

/** The day after a day (YYYY-MM-DD), in the calendar, whatever the zone. */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
