import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatIcs } from '../../src/calendar/ics.js';
import { exportIcs } from '../../src/commands/export-ics.js';
import { openNetwork } from '../../src/commands/read-network.js';
import { runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';
import { member } from '../helpers/records.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const readIcs = fileURLToPath(new URL('../scripts/read-ics.py', import.meta.url));

/** Events that try the format: Urdu, the characters RFC 5545 escapes, line breaks, times, days, a link, contact details. */
const E = 'labs/lahore/events';
const fixture = {
  'cil.yaml': 'network: "Labs, of Pakistan; the test network"\ntimezone: Asia/Karachi\ncore_team: [cfp-core]\n',
  ...member('sara-malik', '2026-11-01'),
  [`${E}/2026-11-05-open-data.yaml`]: [
    'title: "اوپن ڈیٹا میٹ اپ: budgets, maps; and tea"',
    'kind: meetup',
    'date: 2026-11-05',
    'starts: "18:00"',
    'ends: "20:30"',
    'venue: "Alhamra, Hall 2; Mall Road"',
    'description: |-',
    '  First line, with a comma; and a semicolon.',
    '  Second line: a backslash \\ and "quotes".',
    '  لاہور کے بجٹ پر ایک لمبی بات چیت جو پچھتر آکٹیٹ سے کہیں زیادہ لمبی ہے تاکہ سطریں تہہ ہوں',
    'organizers: [ayesha-khan]',
    'attendance: { present: [ayesha-khan], excused: [sara-malik] }',
    'audience: { citizens: 12, technologists: 4, women: 7 }',
    'links: [https://example.org/photos?a=1&b=2, https://example.org/slides]',
    '',
  ].join('\n'),
  [`${E}/2026-11-14-hackathon.yaml`]: 'title: Civic hackathon\nkind: hackathon\ndate: 2026-11-14\nuntil: 2026-11-16\nvenue: PITB\n',
  [`${E}/2026-11-21-weekend-sprint.yaml`]: 'title: Weekend sprint\nkind: hack-night\ndate: 2026-11-21\nuntil: 2026-11-22\nstarts: "19:00"\nends: "02:00"\n',
  [`${E}/2026-11-25-call.yaml`]: 'title: CfP call\nkind: cfp-call\ndate: 2026-11-25\nonline: true\nstarts: "16:00"\n',
  [`${E}/2026-11-28-town-hall.yaml`]: 'title: Town hall\nkind: community-event\ndate: 2026-11-28\nonline: true\nvenue: Zoom\ndescription: Questions to 0300-1234567 or sara@example.org\nlinks: ["https://wa.me/923001234567"]\n',
};

interface Expected {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  categories: string[];
  /** All day: the first day and the day after the last; timed: local times and the zone. */
  start: string;
  end: string | null;
  tzid: string | null;
}

/** What each event's VEVENT must say, from its record alone (what the README promises). */
function expectedOf(cwd: string): Expected[] {
  const { network } = openNetwork({ cwd });
  const rows = [...network.labs.values()].flatMap((folder) =>
    [...folder.events.entries()].flatMap(([id, file]) => (file.record ? [{ lab: folder.id, labName: folder.lab?.record?.name ?? '', id, event: file.record }] : [])),
  );
  return rows.map(({ lab, labName, id, event }) => {
    const last = event.until ?? event.date;
    const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const timed = event.starts !== undefined;
    const end = timed
      ? event.ends === undefined ? (event.until === undefined ? null : `${dayAfter(last)}T00:00:00`) : `${last}T${event.ends}:00`
      : dayAfter(last);
    const facts = `Lab: ${labName}\nKind: ${event.kind}`;
    return {
      uid: `${lab}/${id}@cil.codeforpakistan.org`,
      summary: event.title,
      description: event.description === undefined ? facts : `${event.description}\n\n${facts}`,
      location: event.venue === undefined ? (event.online ? 'online' : null) : event.online ? `${event.venue} (online)` : event.venue,
      url: event.links?.[0]?.startsWith('https://wa.me/') ? null : (event.links?.[0] ?? null),
      categories: [event.kind],
      start: timed ? `${event.date}T${event.starts}:00` : event.date,
      end,
      tzid: timed ? 'Asia/Karachi' : null,
    };
  });
}

/** The VEVENTs as Mozilla's iCalendar parser (independent of the library that writes them) reads them. */
function parsedByIcalJs(text: string): { events: Expected[]; calendar: ICAL.Component } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const time = (value: ICAL.Time | null) => (value === null ? null : value.toString());
    const categories = vevent.getAllProperties('categories').flatMap((property) => property.getValues().map(String));
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
      categories,
      start: time(event.startDate),
      end: vevent.hasProperty('dtend') ? time(event.endDate) : null,
      tzid: (vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
    };
  });
  return { events: events as Expected[], calendar };
}

const byUid = (a: { uid: string }, b: { uid: string }) => a.uid.localeCompare(b.uid);

describe('cil export ics', () => {
  it.each([
    ['the example network', () => examples],
    ['events with Urdu, commas, semicolons, line breaks, times and several days', () => networkDir(fixture)],
  ])('gives every event of %s as a VEVENT that an independent parser reads back as its record', (_name, folder) => {
    const cwd = folder();
    const { text, events } = exportIcs({ cwd });
    const expected = expectedOf(cwd).sort(byUid);
    const { events: parsed } = parsedByIcalJs(text);
    expect(events).toBe(expected.length);
    expect(parsed.sort(byUid)).toEqual(expected.map((event) => ({ ...event, description: event.description.replace(/0300-1234567|sara@example\.org/g, '[contact details removed]') })));
  });

  it('writes lines of at most 75 octets, each ended by CRLF, and the calendar zone as a VTIMEZONE that puts 18:00 at 13:00 UTC', () => {
    const { text } = exportIcs({ cwd: networkDir(fixture) });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.filter((line) => /[\r\n]/.test(line))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    // Folding splits no character: the Urdu title comes back whole.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const { calendar } = parsedByIcalJs(text);
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Asia/Karachi']);
    ICAL.TimezoneService.register(zones[0]!);
    const open = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)).find((event) => event.uid.includes('open-data'));
    expect(open?.startDate.toJSDate().toISOString()).toBe('2026-11-05T13:00:00.000Z');
    // Mozilla's parser does not know NAME's type (RFC 7986), so reads it raw; Python's icalendar reads it below.
    expect(calendar.getFirstPropertyValue('name')).toBe('Labs\\, of Pakistan\\; the test network');
  });

  it('holds nothing private: no attendance, no head counts, no organizers, no contact details', () => {
    const { text } = exportIcs({ cwd: networkDir(fixture) });
    const unfolded = text.replace(/\r\n /g, '');
    for (const secret of ['sara-malik', 'ayesha-khan', 'excused', 'ATTENDEE', 'ORGANIZER', '1234567', 'sara@example.org', 'example.org\\,']) expect(unfolded).not.toContain(secret);
    expect(unfolded).toContain('[contact details removed]');
  });

  it('is the same for the same records, whatever the day or the machine\'s time zone; a UID stays with its file', () => {
    const cwd = networkDir(fixture);
    const first = exportIcs({ cwd, asOf: '2026-11-20' }).text;
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(exportIcs({ cwd, asOf: '2027-01-01' }).text).toBe(first);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(first).toContain('DTSTAMP:20261105T000000Z\r\n');
    expect(first).toContain('DTSTART;TZID=Asia/Karachi:20261121T190000\r\nDTEND;TZID=Asia/Karachi:20261122T020000\r\n');
    expect(first).toContain('DTSTART;VALUE=DATE:20261114\r\nDTEND;VALUE=DATE:20261117\r\n');
  });

  it('takes --from, --to (an event over several days when any of its days is between), --kind and labs', () => {
    const cwd = networkDir(fixture);
    const uids = (options: Parameters<typeof exportIcs>[0]) => [...exportIcs(options).text.matchAll(/^UID:lahore\/([^@]*)@/gm)].map((match) => match[1]);
    expect(uids({ cwd, from: '2026-11-15', to: '2026-11-24' })).toEqual(['2026-11-14-hackathon', '2026-11-21-weekend-sprint']);
    expect(uids({ cwd, kind: 'cfp-call' })).toEqual(['2026-11-25-call']);
    expect(uids({ cwd, labs: ['lahore'], to: '2026-11-05' })).toEqual(['2026-11-05-open-data']);
    expect(() => exportIcs({ cwd, labs: ['lahor'] })).toThrow('there is no lab `lahor` in this network; did you mean `lahore`?');
  });

  it('on the command line: stdout, or --out written whole, replacing the file; a usage error is exit 2', async () => {
    const cwd = networkDir(fixture);
    const printed = await runCli(['export', 'ics', 'lahore', '--public'], { cwd });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe(exportIcs({ cwd }).text);
    const written = await runCli(['export', 'ics', '--kind', 'hackathon', '--out', 'site/events.ics'], { cwd });
    expect([written.status, written.stdout, written.stderr]).toEqual([0, 'Wrote site/events.ics: 1 event.\n', '']);
    const again = await runCli(['export', 'ics', '--out', 'site/events.ics'], { cwd });
    expect(again.status).toBe(0);
    expect(readFileSync(join(cwd, 'site/events.ics'), 'utf8')).toBe(printed.stdout);
    expect(readdirSync(join(cwd, 'site'))).toEqual(['events.ics']);
    writeFileSync(join(cwd, 'labs/lahore/events/2026-11-30-broken.yaml'), 'title: Broken\nkind: party\ndate: 2026-11-30\n');
    const partly = await runCli(['export', 'ics'], { cwd });
    expect([partly.status, partly.stdout, partly.stderr]).toEqual([
      0,
      printed.stdout,
      'cil: left out labs/lahore/events/2026-11-30-broken.yaml: not a valid event record; `cil audit` says why\n',
    ]);
    const wrong = await runCli(['export', 'ics', '--kind', 'party'], { cwd });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--kind/);
  });
});

/** Events whose end is not after their start, as their records say, beside one that goes on past midnight rightly. */
const backwards = {
  [`${E}/2026-11-06-night-hack.yaml`]: 'title: Night hack\nkind: hack-night\ndate: 2026-11-06\nstarts: "23:00"\nends: "01:30"\n',
  [`${E}/2026-11-07-instant.yaml`]: 'title: Instant meetup\nkind: meetup\ndate: 2026-11-07\nstarts: "18:00"\nends: "18:00"\n',
  [`${E}/2026-11-21-weekend-sprint.yaml`]: fixture[`${E}/2026-11-21-weekend-sprint.yaml`],
  [`${E}/2026-11-28-hackathon.yaml`]: 'title: Hackathon\nkind: hackathon\ndate: 2026-11-28\nuntil: 2026-11-27\n',
  [`${E}/2026-11-29-sprint.yaml`]: 'title: Sprint\nkind: hack-night\ndate: 2026-11-29\nuntil: 2026-11-28\nstarts: "10:00"\n',
};
const LEFT_OUT = [
  { file: `${E}/2026-11-06-night-hack.yaml`, why: 'it ends at 01:30, before it starts at 23:00; add `until` with its last day if it goes on past midnight, or correct `ends`' },
  { file: `${E}/2026-11-07-instant.yaml`, why: 'it ends at 18:00, when it starts at 18:00; add `until` with its last day if it goes on past midnight, or correct `ends`' },
  { file: `${E}/2026-11-28-hackathon.yaml`, why: 'it lasts until 27 November 2026, before it begins on 28 November 2026; correct `until` (its last day), or leave it out for an event of one day' },
  { file: `${E}/2026-11-29-sprint.yaml`, why: 'it lasts until 28 November 2026, before it begins on 29 November 2026; correct `until` (its last day), or leave it out for an event of one day' },
];

describe('cil export ics: what a calendar cannot hold', () => {
  it('leaves out an event that ends before (or when) it starts, and says why and how to fix it, one line a file', async () => {
    const cwd = networkDir(backwards);
    const { text, events, leftOut } = exportIcs({ cwd });
    expect(leftOut).toEqual(LEFT_OUT);
    expect(events).toBe(1);
    const { calendar } = parsedByIcalJs(text);
    // Without the check, ical-generator swaps start and end (01:30 to 23:00), or writes DTEND = DTSTART.
    expect(calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual(['lahore/2026-11-21-weekend-sprint@cil.codeforpakistan.org']);
    const run = await runCli(['export', 'ics'], { cwd });
    expect([run.status, run.stdout, run.stderr]).toEqual([0, text, LEFT_OUT.map(({ file, why }) => `cil: left out ${file}: ${why}\n`).join('')]);
    // An event outside --from and --to is not spoken of.
    expect(exportIcs({ cwd, from: '2026-11-20', to: '2026-11-27' }).leftOut).toEqual([]);
  });

  it('leaves them out of every calendar written, the website\'s too', () => {
    const { network } = openNetwork({ cwd: networkDir(backwards) });
    const events = [...(network.labs.get('lahore')?.events ?? [])].map(([id, file]) => ({ lab: { id: 'lahore', name: 'Lahore' }, id, event: file.record! }));
    expect(formatIcs(events, { name: 'Test', timezone: 'Asia/Karachi' }, 'test').match(/^UID:.*$/gm)).toEqual(['UID:lahore/2026-11-21-weekend-sprint@cil.codeforpakistan.org']);
  });

  it('leaves out an event that starts at an hour the clocks skip, saying so, rather than a time the event does not end after', () => {
    const cwd = networkDir({
      'cil.yaml': 'network: Test Network\ntimezone: Europe/London\ncore_team: [cfp-core]\n',
      [`${E}/2026-03-29-early-hack.yaml`]: 'title: Early hack\nkind: hack-night\ndate: 2026-03-29\nstarts: "01:30"\nends: "02:15"\n',
    });
    // RFC 5545 reads 01:30 as 02:30 that night, after its end: a calendar would show it from 02:15 to 02:30.
    expect(exportIcs({ cwd }).leftOut).toEqual([
      { file: `${E}/2026-03-29-early-hack.yaml`, why: 'it starts at 01:30 on 29 March 2026, a time the clocks skip in Europe/London that day; correct `starts`' },
    ]);
  });

  it.each(['Asia/Karachi', 'UTC', 'Europe/Kyiv'])('writes a calendar without events in %s with a component in it, the VTIMEZONE of that zone', (zone) => {
    const cwd = networkDir({ 'cil.yaml': `network: Test Network\ntimezone: ${zone}\ncore_team: [cfp-core]\n` });
    const { text, events } = exportIcs({ cwd });
    expect(events).toBe(0);
    const { calendar } = parsedByIcalJs(text);
    expect(calendar.getAllSubcomponents().map((component) => [component.name, component.getFirstPropertyValue('tzid')])).toEqual([['vtimezone', zone]]);
    // After the component, nothing but the calendar's end: its properties come before its components.
    expect(text.endsWith('END:VTIMEZONE\r\nEND:VCALENDAR\r\n')).toBe(true);
  });
});

/** Every zone cil.yaml accepts. */
const ZONES = (JSON.parse(readFileSync(new URL('../../schemas/timezone.schema.json', import.meta.url), 'utf8')) as { enum: string[] }).enum;

/**
 * Each VEVENT's start and end as instants (UTC), as Mozilla's parser reads them with the
 * VTIMEZONEs of the calendar alone: it takes a zone's rules from the file, as RFC 5545 has it.
 * A TZID that no VTIMEZONE of the file defines is a failure.
 */
function instantsByIcalJs(text: string): { tzid: string | null; start: string; end: string }[] {
  const { calendar } = parsedByIcalJs(text);
  const defined = calendar.getAllSubcomponents('vtimezone').map((component) => component.getFirstPropertyValue('tzid'));
  ICAL.TimezoneService.reset();
  for (const component of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(component);
  try {
    return calendar.getAllSubcomponents('vevent').map((vevent) => {
      const tzid = (vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null;
      if (tzid !== null && !defined.includes(tzid)) throw new Error(`DTSTART;TZID=${tzid}, a zone the calendar does not define (it defines ${defined.join(', ')})`);
      const event = new ICAL.Event(vevent);
      return { tzid, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString() };
    });
  } finally {
    ICAL.TimezoneService.reset();
  }
}

describe('cil export ics in every time zone cil.yaml accepts', () => {
  it('gives each timed event its instant, in a zone that the calendar defines under exactly its name', () => {
    // Winter and summer, for the zones that change their clocks in either half of the year.
    const events = ['2026-01-15', '2026-07-15'].map((date) => ({ lab: { id: 'lahore', name: 'Lahore' }, id: date, event: { title: 'Meetup', kind: 'meetup' as const, date, starts: '18:00', ends: '20:30' } }));
    const at = (day: string, time: string, zone: string) => DateTime.fromISO(`${day}T${time}`, { zone }).toUTC().toISO();
    const wrong = ZONES.flatMap((zone) => {
      const read = instantsByIcalJs(formatIcs(events, { name: 'Test', timezone: zone }, 'test'));
      const expected = events.map(({ event }) => ({ tzid: zone === 'UTC' ? null : zone, start: at(event.date, '18:00', zone), end: at(event.date, '20:30', zone) }));
      return JSON.stringify(read) === JSON.stringify(expected) ? [] : [{ zone, read, expected }];
    });
    // With ical-timezones' VTIMEZONEs, this parser put the events of 71 zones at the wrong hour:
    // the zone's missing, under another name, or of rules since changed.
    expect(wrong).toEqual([]);
  });
});

/** Debian's python3-icalendar, which .ci/run installs: the interpreter that has it, if any. */
const python = ['python3', '/usr/bin/python3'].find((candidate) => spawnSync(candidate, ['-c', 'import icalendar']).status === 0);

describe.skipIf(python === undefined)('cil export ics, read by Python\'s icalendar (python3-icalendar; skipped where it is not installed)', () => {
  it.each([
    ['the example network', () => examples],
    ['events with Urdu, commas, semicolons, line breaks, times and several days', () => networkDir(fixture)],
  ])('reads every event of %s back as its record, in strict mode, with lines of 75 octets and CRLF', (_name, folder) => {
    const cwd = folder();
    const run = spawnSync(python!, [readIcs], { input: exportIcs({ cwd }).text, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as { name: string; zones: string[]; events: (Expected & { stamp: string })[] };
    expect(read.name).toBe(openNetwork({ cwd }).settings.network);
    const expected = expectedOf(cwd).sort(byUid);
    const records = new Map(expected.map((event) => [event.uid, event]));
    expect(read.events.map((event) => event.uid).sort()).toEqual(expected.map((event) => event.uid));
    for (const event of read.events) {
      const record = records.get(event.uid)!;
      const local = (value: string | null) => value?.replace(/\+05:00$/, '') ?? null;
      expect({ ...event, start: local(event.start), end: local(event.end), stamp: undefined }).toEqual({
        ...record,
        description: record.description.replace(/0300-1234567|sara@example\.org/g, '[contact details removed]'),
        stamp: undefined,
      });
    }
    expect(read.zones).toEqual(expected.some((event) => event.tzid) ? ['Asia/Karachi'] : []);
  });

  it.each([
    ['a lab without events', () => networkDir(), {}],
    ['a network in UTC, of events outside the days asked for', () => networkDir({ ...fixture, 'cil.yaml': 'network: N\ntimezone: UTC\ncore_team: [cfp-core]\n' }), { to: '2026-10-31' }],
    ['a network in Europe/Kyiv, a zone ical-timezones had no VTIMEZONE for', () => networkDir({ 'cil.yaml': 'network: N\ntimezone: Europe/Kyiv\ncore_team: [cfp-core]\n' }), {}],
  ])('reads %s as a calendar that holds a component, as RFC 5545 3.4 asks', (_name, folder, filter) => {
    const run = spawnSync(python!, [readIcs], { input: exportIcs({ cwd: folder(), ...filter }).text, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as { components: string[]; events: unknown[] };
    expect(read.events).toEqual([]);
    expect(read.components).toEqual(['VTIMEZONE']);
  });

  it.each([
    ['Asia/Karachi', '2026-11-05T13:00:00.000Z'],
    // ical-timezones gave this zone's VTIMEZONE as Asia/Kolkata, the next two none, the last two rules of 2018.
    ['Asia/Calcutta', '2026-11-05T12:30:00.000Z'],
    ['Europe/Kyiv', '2026-11-05T16:00:00.000Z'],
    ['US/Eastern', '2026-11-05T23:00:00.000Z'],
    ['UTC', '2026-11-05T18:00:00.000Z'],
    ['Etc/GMT+5', '2026-11-05T23:00:00.000Z'],
    ['America/Mexico_City', '2026-11-06T00:00:00.000Z'],
  ])('reads 18:00 on 5 November 2026 in %s as %s, under a TZID the calendar defines (UTC: as UTC)', (zone, instant) => {
    const cwd = networkDir({
      'cil.yaml': `network: N\ntimezone: ${zone}\ncore_team: [cfp-core]\n`,
      [`${E}/2026-11-05-meetup.yaml`]: 'title: Meetup\nkind: meetup\ndate: 2026-11-05\nstarts: "18:00"\nends: "20:30"\n',
    });
    const run = spawnSync(python!, [readIcs], { input: exportIcs({ cwd }).text, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as { zones: string[]; events: Expected[] };
    const [event] = read.events;
    expect([new Date(event!.start).toISOString(), Date.parse(event!.end!) - Date.parse(event!.start)]).toEqual([instant, 150 * 60 * 1000]);
    expect({ tzid: event!.tzid, defined: read.zones }).toEqual(zone === 'UTC' ? { tzid: null, defined: [] } : { tzid: zone, defined: [zone] });
  });

  it('reads a calendar whose events that end before they start were left out, the rest whole', () => {
    const run = spawnSync(python!, [readIcs], { input: exportIcs({ cwd: networkDir(backwards) }).text, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as { events: Expected[] };
    expect(read.events.map((event) => [event.uid, event.start, event.end])).toEqual([
      ['lahore/2026-11-21-weekend-sprint@cil.codeforpakistan.org', '2026-11-21T19:00:00+05:00', '2026-11-22T02:00:00+05:00'],
    ]);
  });
});
