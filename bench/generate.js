// Writes a synthetic network repo in cil's format, the same for the same arguments:
//   node bench/generate.js --labs 200 --out bench/networks/200 [--shape tidy|real]
// Each lab has 30 members, 100 events, 5 projects and 60 reports (45 monthly, 15
// quarterly) over 45 months. The `tidy` shape keeps them the way the handbook asks, so that
// a correct audit finds nothing. The `real` shape writes the same files with the flaws a
// network that has been lived in carries (late and undated reports, members who skipped
// meetings, a typo in an attendance list, an unknown field, an MoU signed late, fewer
// women), so that an audit has findings to place, as it has on a real network. Dates are
// quoted, so that ajv-cli's YAML reader (js-yaml, YAML 1.1) sees the same strings as cil's
// (YAML 1.2) and both validate the same data.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const MEMBERS = 30;
export const EVENTS = 100;
export const PROJECTS = 5;
export const MONTHS = 45; // February 2023 to October 2026: 45 monthly and 15 quarterly reports
export const FIRST_YEAR = 2023;
export const FIRST_MONTH = 2;

const PROVINCES = ['Punjab', 'Sindh', 'Khyber Pakhtunkhwa', 'Balochistan', 'Gilgit-Baltistan', 'Azad Jammu and Kashmir', 'Islamabad Capital Territory'];
const FIRST = ['Ayesha', 'Bilal', 'Sara', 'Hamza', 'Zainab', 'Faisal', 'Hina', 'Usman', 'Marvi', 'Ali', 'Asad', 'Mehwish', 'Naveed', 'Mahnoor', 'Jalal'];
const LAST = ['Khan', 'Ahmed', 'Malik', 'Yousafzai', 'Bibi', 'Afridi', 'Baloch', 'Siddiqui', 'Soomro', 'Raza', 'Sheikh', 'Qureshi', 'Kakar', 'Mengal'];
const ROLES = ['technologist', 'community-organizer', 'storyteller', 'liaison-lead', 'content-writer', 'delivery-lead', 'member'];
export const SHAPES = ['tidy', 'real'];

// How often each flaw of the real shape occurs, chosen so that a lab has about 95 findings,
// most of them warnings and infos, as a real network's audit has.
const FLAWS = {
  lateReport: 0.6,
  undatedReport: 0.2,
  inactiveMember: 0.65,
  attendanceTypo: 0.25,
  unknownField: 0.3,
  lateMou: 0.5,
  fewWomenMembers: 0.4,
  fewWomenAudience: 0.4,
};
// Misspellings of a member id that are still valid ids, so that they are `reference`
// findings (an id that names nobody) and not `schema` ones.
const TYPOS = [(id) => id.replace('member-', 'memebr-'), (id) => id.replace('-', ''), (id) => id.replace('member-', 'member-0')];

/** A small seeded random number generator (mulberry32), so every run writes the same files. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
const monthOf = (index) => {
  const zero = FIRST_MONTH - 1 + index;
  return { year: FIRST_YEAR + Math.floor(zero / 12), month: (zero % 12) + 1 };
};
const day = ({ year, month }, dayOfMonth) => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
const nextMonth = ({ year, month }) => (month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 });
const list = (items) => `[${items.join(', ')}]`;

/** Every file of lab number `n` in a shape (`tidy` or `real`), path to text. */
export function labFiles(n, shape = 'tidy') {
  const rand = random(n * 7919);
  // The flaws draw from a sequence of their own, so that `rand` draws what it drew before
  // and the tidy shape's files stay the same as in earlier results.
  const flawRandom = random(n * 104_729 + 1);
  const flaw = (share) => shape === 'real' && flawRandom() < share;
  const pick = (items) => items[Math.floor(flawRandom() * items.length)];
  const id = `lab-${pad(n, 3)}`;
  const founded = day(monthOf(0), 1);
  const files = {};
  const members = Array.from({ length: MEMBERS }, (_, index) => {
    const joined = index < 10 ? founded : day(monthOf(Math.floor(index * 1.2)), 3);
    return { id: `member-${pad(index + 1)}`, joined, index };
  });
  files[`labs/${id}/lab.yaml`] = [
    `name: Civic Innovation Lab ${n}`,
    `city: City ${n}`,
    `province: ${PROVINCES[n % PROVINCES.length]}`,
    `founded: "${founded}"`,
    'status: active',
    'leads: [member-01]',
    'partners:',
    `  - { id: city-${n}, name: City ${n} Metropolitan Corporation, kind: government, mou_signed: "${founded}" }`,
    `  - { id: university-${n}, name: University of City ${n}, kind: academia }`,
    '',
  ].join('\n');
  const fewWomen = flaw(FLAWS.fewWomenMembers);
  for (const member of members) {
    const name = `${FIRST[(n + member.index) % FIRST.length]} ${LAST[(n * 3 + member.index) % LAST.length]}`;
    const role = member.index === 0 ? 'organizer' : ROLES[member.index % ROLES.length];
    files[`labs/${id}/members/${member.id}.yaml`] = [
      `name: ${name}`,
      `github: gh-${n}-${member.index + 1}`,
      `joined: "${member.joined}"`,
      'roles:',
      `  - role: ${role}`,
      `weekly_hours: ${member.index === 0 ? 5 : 4}`,
      `skills: ${list(['data', 'design', 'writing'].slice(0, 1 + (member.index % 3)))}`,
      `gender: ${member.index % (fewWomen ? 5 : 3) === 0 ? 'woman' : 'man'}`,
      'status: active',
      '',
    ].join('\n');
  }
  // Every month a meetup; every third month a community event; the rest workshops and hack nights.
  const events = [];
  for (let index = 0; index < MONTHS; index++) events.push({ date: day(monthOf(index), 10), kind: 'meetup', slug: 'monthly-meetup' });
  for (let index = 0; index < MONTHS; index += 3) events.push({ date: day(monthOf(index + 1), 20), kind: 'community-event', slug: 'open-day' });
  for (let index = 0; events.length < EVENTS; index++) {
    events.push({ date: day(monthOf(index % MONTHS), 24), kind: index % 2 ? 'hack-night' : 'workshop', slug: `session-${index}` });
  }
  // Members who missed two lab meetings in a row without a word: the events they were away from.
  const meetings = events.filter((event) => event.kind === 'meetup' || event.kind === 'hack-night').sort((a, b) => (a.date < b.date ? -1 : 1));
  const away = new Map(events.map((event) => [event, new Set()]));
  for (const member of members) {
    if (!flaw(FLAWS.inactiveMember)) continue;
    const since = meetings.filter((meeting) => meeting.date >= member.joined);
    const first = Math.floor(flawRandom() * (since.length - 1));
    for (const meeting of since.slice(first, first + 2)) away.get(meeting).add(member.id);
  }
  const fewWomenCame = flaw(FLAWS.fewWomenAudience);
  for (const event of events) {
    const active = members.filter((member) => member.joined <= event.date).map((member) => member.id);
    const excused = (event.kind === 'workshop' ? [] : [active[Math.floor(rand() * active.length)]]).filter((member) => !away.get(event).has(member));
    const present = active.filter((member) => !excused.includes(member) && !away.get(event).has(member));
    if (event.kind !== 'workshop' && flaw(FLAWS.attendanceTypo)) {
      const typo = Math.floor(flawRandom() * present.length);
      present[typo] = pick(TYPOS)(present[typo]);
    }
    const lines = [`title: ${event.kind === 'meetup' ? 'Monthly meetup' : event.kind === 'community-event' ? 'Open day' : 'Session'} of ${event.date}`, `kind: ${event.kind}`, `date: "${event.date}"`, `venue: Hall ${1 + Math.floor(rand() * 9)}, City ${n}`];
    if (event.kind !== 'workshop') lines.push('attendance:', `  present: ${list(present)}`, ...(excused.length ? [`  excused: ${list(excused)}`] : []));
    if (event.kind === 'community-event' || event.kind === 'workshop') {
      const citizens = 5 + Math.floor(rand() * 40);
      const technologists = 3 + Math.floor(rand() * 20);
      lines.push(`audience: { citizens: ${citizens}, technologists: ${technologists}, government: ${Math.floor(rand() * 4)}, women: ${Math.ceil((citizens + technologists) * (fewWomenCame ? 0.15 : 0.3))} }`);
      // A head count under a field the format does not have.
      if (event.kind === 'workshop' && flaw(FLAWS.unknownField)) lines.push(`attendees: ${citizens + technologists}`);
    }
    lines.push(`takeaways: ${list([`Takeaway ${1 + Math.floor(rand() * 99)}`])}`, '');
    files[`labs/${id}/events/${event.date}-${event.slug}.yaml`] = lines.join('\n');
  }
  for (let index = 1; index <= PROJECTS; index++) {
    const started = day(monthOf(index * 6), 1);
    const status = index <= 2 ? 'discovery' : index === 3 ? 'building' : 'launched';
    // Past discovery, work that started before the MoU was signed.
    const mouSigned = index > 2 && flaw(FLAWS.lateMou) ? day(monthOf(index * 6 + 1), 1 + Math.floor(flawRandom() * 27)) : founded;
    files[`labs/${id}/projects/project-${index}.yaml`] = [
      `name: Project ${index} of lab ${n}`,
      `problem: Citizens of City ${n} need service ${index}`,
      `status: ${status}`,
      `started: "${started}"`,
      `partner: city-${n}`,
      `mou_signed: "${mouSigned}"`,
      `repository: https://github.com/cil-${n}/project-${index}`,
      'license: MIT',
      `kpis: [{ name: Users, target: 1000, actual: ${Math.floor(rand() * 1000)}, unit: users }]`,
      '',
    ].join('\n');
  }
  // On time, late (before the audit's day, 2026-11-20), or without a `submitted` line.
  const submitted = (month, onTime, lateFrom) => {
    if (flaw(FLAWS.undatedReport)) return [];
    const late = flaw(FLAWS.lateReport / (1 - FLAWS.undatedReport));
    return [`submitted: "${day(nextMonth(month), late ? lateFrom + Math.floor(flawRandom() * 12) : onTime)}"`];
  };
  for (let index = 0; index < MONTHS; index++) {
    const month = monthOf(index);
    const period = `${month.year}-${pad(month.month)}`;
    files[`labs/${id}/reports/${period}-monthly.yaml`] = [
      'kind: monthly',
      `period: "${period}"`,
      ...submitted(month, 5, 8),
      'authors: [member-01]',
      // Every core member of the month reports more hours than the handbook asks (a lead 5 a week, a role 4).
      `hours: {${members.filter((member) => member.joined <= day(month, 28)).map((member) => `${member.id}: ${member.index === 0 ? 25 : 20}`).join(', ')}}`,
      `successes: ${list([`Success ${index + 1}`])}`,
      `next_steps: ${list([`Step ${index + 2}`])}`,
      '',
    ].join('\n');
    if (month.month % 3 === 0) {
      const quarter = `${month.year}-Q${month.month / 3}`;
      files[`labs/${id}/reports/${quarter}-quarterly.yaml`] = [
        'kind: quarterly',
        `period: ${quarter}`,
        ...submitted(month, 12, 16),
        `story: The lab met every month of ${quarter} and held an open day.`,
        `takeaways: ${list([`Takeaway of ${quarter}`])}`,
        '',
      ].join('\n');
    }
  }
  return files;
}

/** Writes a network of `labs` labs in a shape into `out` (emptied first). Returns the number of files. */
export function generateNetwork(labs, out, shape = 'tidy') {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'cil.yaml'), 'network: Synthetic network for benchmarks\ntimezone: Asia/Karachi\ncore_team: [cfp-core]\n');
  // As `cil init` writes it: git ignores private/ (private-not-tracked).
  writeFileSync(join(out, '.gitignore'), 'private/\n');
  let count = 2;
  for (let n = 1; n <= labs; n++) {
    for (const [path, text] of Object.entries(labFiles(n, shape))) {
      const target = join(out, path);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, text);
      count++;
    }
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { labs: { type: 'string', default: '10' }, out: { type: 'string' }, shape: { type: 'string', default: 'tidy' } } });
  if (!SHAPES.includes(values.shape)) throw new Error(`--shape is one of ${SHAPES.join(', ')}`);
  const labs = Number(values.labs);
  const out = values.out ?? `bench/networks/${values.shape === 'tidy' ? '' : `${values.shape}-`}${labs}`;
  console.log(`wrote ${generateNetwork(labs, out, values.shape)} files for ${labs} labs (${values.shape}) in ${out}`);
}
