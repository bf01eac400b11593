import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';
import { meeting, member } from '../helpers/records.js';

// Lahore: Ayesha (lead), Sara (alumni), Zainab (Urdu name, a role ended and another taken);
// Multan: one member. Events in both labs, out of date order in the file listing.
const dir = networkDir({
  ...member('sara-malik', '2026-11-02', 'status: alumni\nleft: { date: 2026-11-10 }\n'),
  'labs/lahore/members/zainab-bibi.yaml':
    'name: زینب بی بی\njoined: 2026-11-02\nroles: [{ role: member, until: 2026-11-09 }, { role: storyteller, since: 2026-11-10 }]\nweekly_hours: 4\nstatus: active\n',
  'labs/multan/lab.yaml': 'name: CIL Multan\ncity: Multan\nprovince: Punjab\nfounded: 2026-01-01\nstatus: active\nleads: [ali-raza]\n',
  'labs/multan/members/ali-raza.yaml': 'name: Ali Raza\njoined: 2026-01-01\nroles: [{ role: organizer }]\nstatus: active\n',
  'labs/multan/events/2026-11-03-hack-night.yaml': 'title: Hack night\nkind: hack-night\ndate: 2026-11-03\nattendance: { present: [ali-raza] }\n',
  ...meeting('2026-11-14', ['ayesha-khan', 'zainab-bibi'], [], 'meetup', 'audience: { citizens: 6, technologists: 4 }\n'),
  ...meeting('2026-11-07', ['ayesha-khan'], ['zainab-bibi'], 'workshop', 'starts: "18:00"\nends: "20:00"\n'),
});
const cil = (...argv: string[]) => runCli(argv, { cwd: dir });

describe('cil member list', () => {
  it("prints a lab's active members as an aligned table, with the roles they hold today, Urdu names measured by display width", async () => {
    const { status, stdout } = await cil('member', 'list', 'lahore');
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        'ID           NAME         ROLES        JOINED      HOURS  STATUS',
        'ayesha-khan  Ayesha Khan  organizer    2026-11-01      -  active',
        'zainab-bibi  زینب بی بی   storyteller  2026-11-02      4  active',
        '',
      ].join('\n'),
    );
  });

  it('lists everyone with --all, and every lab without one named', async () => {
    const everyone = await cil('member', 'list', '--all');
    expect(everyone.stdout.split('\n').slice(1, -1).map((line) => line.split(/ +/).slice(0, 2).join(' '))).toEqual([
      'lahore ayesha-khan',
      'lahore sara-malik',
      'lahore zainab-bibi',
      'multan ali-raza',
    ]);
    expect(everyone.stdout).toMatch(/^lahore +sara-malik +Sara Malik +technologist +2026-11-02 +- +alumni$/m);
  });

  it("prints JSON for scripts, in the records' own terms", async () => {
    const { stdout } = await cil('member', 'list', 'multan', '--format', 'json');
    expect(JSON.parse(stdout)).toEqual([
      {
        lab: 'multan',
        id: 'ali-raza',
        name: 'Ali Raza',
        github: null,
        joined: '2026-01-01',
        status: 'active',
        roles_now: ['organizer'],
        roles: [{ role: 'organizer' }],
        weekly_hours: null,
        skills: [],
        gender: null,
      },
    ]);
  });

  it('refuses a lab that is not one, exit 2, naming the nearest', async () => {
    const { status, stderr } = await cil('member', 'list', 'lahor');
    expect(status).toBe(2);
    expect(stderr).toBe('cil: there is no lab `lahor` in this network; did you mean `lahore`?\n');
  });
});

describe('cil event list', () => {
  it('prints events by date across labs, with the id `cil event edit` takes', async () => {
    const { status, stdout } = await cil('event', 'list');
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        'LAB     ID                     TITLE                   KIND        PRESENT  PEOPLE',
        'multan  2026-11-03-hack-night  Hack night              hack-night        1       -',
        'lahore  2026-11-07-workshop    workshop on 2026-11-07  workshop          1       -',
        'lahore  2026-11-14-meetup      meetup on 2026-11-14    meetup            2      10',
        '',
      ].join('\n'),
    );
  });

  it('keeps the events between --from and --to, of a --kind, and says when none match', async () => {
    const ids = async (...flags: string[]) => JSON.parse((await cil('event', 'list', ...flags, '--format', 'json')).stdout).map((row: { id: string }) => row.id);
    expect(await ids('lahore', '--from', '2026-11-07', '--to', '2026-11-13')).toEqual(['2026-11-07-workshop']);
    expect(await ids('--from', '2026-11-04')).toEqual(['2026-11-07-workshop', '2026-11-14-meetup']);
    expect(await ids('--kind', 'HACK-NIGHT')).toEqual(['2026-11-03-hack-night']);
    expect((await cil('event', 'list', 'lahore', '--kind', 'hackathon')).stdout).toBe('No events in lab lahore match.\n');
  });

  it("prints JSON for scripts, in the records' own terms", async () => {
    const { stdout } = await cil('event', 'list', 'lahore', '--to', '2026-11-07', '--format', 'json');
    expect(JSON.parse(stdout)).toEqual([
      {
        lab: 'lahore',
        id: '2026-11-07-workshop',
        date: '2026-11-07',
        starts: '18:00',
        ends: '20:00',
        until: null,
        title: 'workshop on 2026-11-07',
        kind: 'workshop',
        online: false,
        venue: null,
        organizers: [],
        partners: [],
        attendance: { present: ['ayesha-khan'], excused: ['zainab-bibi'] },
        audience: null,
      },
    ]);
  });

  it.each([
    [['--to', '2026-11-01', '--from', '2026-11-05'], 'cil: --to: 2026-11-01 is before --from 2026-11-05; give a later day\n'],
    [['--from', '2026-13-01'], /^cil: --from: .*2026-13-01/],
    [['--kind', 'party'], /^cil: --kind: `party` is not one of: meetup, /],
  ])('refuses %j, exit 2, naming the flag', async (flags, message) => {
    const { status, stderr } = await cil('event', 'list', ...flags);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });
});
