import { describe, expect, it } from 'vitest';
import { periodOf } from '../../src/calendar/periods.js';
import { loadNetwork } from '../../src/network/load-network.js';
import { HANDBOOK_POLICY } from '../../src/network/settings.js';
import { reportContext } from '../../src/reports/context.js';
import { computeFigures } from '../../src/reports/figures.js';
import { networkDir } from '../helpers/network.js';

const event = (date: string, kind: string, extra = '') => `title: ${kind} on ${date}\nkind: ${kind}\ndate: ${date}\n${extra}`;
const member = (name: string, joined: string, extra = '') => `name: ${name}\njoined: ${joined}\n${extra.includes('roles') ? '' : 'roles: [{ role: technologist }]\n'}${extra.includes('status') ? '' : 'status: active\n'}${extra}`;

// A lab with events on the edges of months and quarters.
const dir = networkDir({
  'labs/lahore/members/ayesha-khan.yaml': member('Ayesha Khan', '2026-01-10', 'roles: [{ role: organizer }]\nweekly_hours: 5\ngender: woman\n'),
  'labs/lahore/members/bilal-ahmed.yaml': member('Bilal Ahmed', '2026-10-01', 'weekly_hours: 3\ngender: man\n'),
  'labs/lahore/members/sara-malik.yaml': member('Sara Malik', '2026-10-31', 'gender: woman\n'),
  'labs/lahore/members/omar-farooq.yaml': member('Omar Farooq', '2026-02-01', 'status: offboarded\noffboarded: { date: 2026-10-15, reason: Inactive after two warnings, handover: Notes to Ayesha }\n'),
  'labs/lahore/members/old-hand.yaml': member('Old Hand', '2026-01-10', 'roles: [{ role: member, until: 2026-09-30 }]\nstatus: alumni\n'),
  'labs/lahore/events/2026-09-30-meetup.yaml': event('2026-09-30', 'meetup', 'attendance: { present: [ayesha-khan, old-hand] }\naudience: { citizens: 100, technologists: 100, government: 0, women: 100 }\n'),
  'labs/lahore/events/2026-10-01-meetup.yaml': event('2026-10-01', 'meetup', 'attendance: { present: [ayesha-khan], excused: [bilal-ahmed] }\n'),
  'labs/lahore/events/2026-10-20-open-day.yaml': event('2026-10-20', 'community-event', 'audience: { citizens: 20, technologists: 8, government: 2, women: 12 }\ntakeaways: [People want maps]\n'),
  'labs/lahore/events/2026-10-31-hack-night.yaml': event('2026-10-31', 'hack-night', 'attendance: { present: [bilal-ahmed] }\naudience: { citizens: 0, technologists: 10, women: 3 }\n'),
  'labs/lahore/events/2026-11-05-meetup.yaml': event('2026-11-05', 'meetup'),
  'labs/lahore/events/2026-11-01-workshop.yaml': event('2026-11-01', 'workshop', 'audience: { citizens: 5, technologists: 5, women: 5 }\n'),
  'labs/lahore/projects/toilet-finder.yaml': 'name: Toilet Finder\nstatus: building\nstarted: 2026-03-01\npartner: pitb\nmou_signed: 2026-02-20\nkpis: [{ name: Users, target: 1000, actual: 250, unit: users }]\n',
  'labs/lahore/projects/old-map.yaml': 'name: Old Map\nstatus: closed\nstarted: 2026-01-15\nended: 2026-09-30\n',
  'labs/lahore/projects/next-thing.yaml': 'name: Next Thing\nstatus: discovery\nstarted: 2026-11-01\n',
});
const lab = loadNetwork(dir).labs.get('lahore')!;
const figures = (kind: 'monthly' | 'quarterly', id: string) => computeFigures(lab, periodOf(kind, id)!, HANDBOOK_POLICY);

describe('report figures', () => {
  it('take a month exactly, first and last day included', () => {
    const october = figures('monthly', '2026-10');
    expect(october.events.map((row) => row.date)).toEqual(['2026-10-01', '2026-10-20', '2026-10-31']);
    expect(october).toMatchObject({ eventCount: 3, meetingCount: 2, meetupCount: 1, communityEventCount: 1 });
    expect(october.byKind).toEqual([
      { kind: 'community-event', count: 1 },
      { kind: 'hack-night', count: 1 },
      { kind: 'meetup', count: 1 },
    ]);
  });

  it('take a quarter exactly', () => {
    expect(figures('quarterly', '2026-Q4').events.map((row) => row.date)).toEqual(['2026-10-01', '2026-10-20', '2026-10-31', '2026-11-01', '2026-11-05']);
    expect(figures('quarterly', '2026-Q3').events.map((row) => row.date)).toEqual(['2026-09-30']);
  });

  it('sum head counts and the share of women', () => {
    expect(figures('monthly', '2026-10').audience).toEqual({ citizens: 20, technologists: 18, government: 2, women: 15, total: 40, womenShare: 15 / 40 });
    expect(figures('monthly', '2026-12').audience.womenShare).toBeNull();
  });

  it('count attendance per meeting: present, excused and missed without notice', () => {
    expect(figures('monthly', '2026-10').meetings).toEqual([
      { date: '2026-10-01', title: 'meetup on 2026-10-01', recorded: true, present: 1, excused: 1, missed: 1 },
      { date: '2026-10-31', title: 'hack-night on 2026-10-31', recorded: true, present: 1, excused: 0, missed: 2 },
    ]);
    expect(figures('monthly', '2026-10').meetingsWithoutAttendance).toBe(0);
  });

  it('count a meeting without recorded attendance as held, and missed by nobody', () => {
    const november = figures('monthly', '2026-11');
    expect(november.meetingCount).toBe(1);
    expect(november.meetings).toEqual([{ date: '2026-11-05', title: 'meetup on 2026-11-05', recorded: false, present: null, excused: null, missed: null }]);
    expect(november.meetingsWithoutAttendance).toBe(1);
  });

  it('count members who joined, left and were active at the end of the period', () => {
    const { members } = figures('monthly', '2026-10');
    expect(members.joined.map((joined) => joined.id)).toEqual(['bilal-ahmed', 'sara-malik']);
    expect(members.offboarded).toEqual([{ id: 'omar-farooq', name: 'Omar Farooq', date: '2026-10-15' }]);
    expect(figures('monthly', '2026-09').members.left).toEqual([{ id: 'old-hand', name: 'Old Hand', date: '2026-09-30' }]);
    expect(members.left).toEqual([]);
    expect(members.active.map((active) => active.id)).toEqual(['ayesha-khan', 'bilal-ahmed', 'sara-malik']);
    expect(members).toMatchObject({ activeCount: 3, women: 2, womenShare: 2 / 3, hoursCommitted: 8 });
    expect(figures('monthly', '2026-09').members.active.map((active) => active.id)).toEqual(['ayesha-khan', 'old-hand', 'omar-farooq']);
  });

  it("weigh weekly hours against the handbook's commitments", () => {
    expect(figures('monthly', '2026-10').members.active.map(({ id, hours, expected, meets }) => [id, hours, expected, meets])).toEqual([
      ['ayesha-khan', 5, 5, 'yes'],
      ['bilal-ahmed', 3, 4, 'below'],
      ['sara-malik', null, 4, 'not recorded'],
    ]);
  });

  it('list the projects under way in the period, with KPIs, and MoUs signed by its end', () => {
    const october = figures('monthly', '2026-10');
    expect(october.projects.map((project) => project.id)).toEqual(['toilet-finder']);
    expect(october.projectsByStatus).toEqual([{ status: 'building', count: 1 }]);
    expect(october.kpis).toEqual([{ project: 'Toilet Finder', name: 'Users', target: 1000, actual: 250, start: null, change: null, unit: 'users', progress: 0.25 }]);
    expect(figures('monthly', '2026-09').projects.map((project) => project.id).sort()).toEqual(['old-map', 'toilet-finder']);
    expect(figures('quarterly', '2026-Q4').projects.map((project) => project.id).sort()).toEqual(['next-thing', 'toilet-finder']);
    expect(october.partners).toEqual([{ id: 'pitb', name: 'Punjab Information Technology Board', kind: 'government', mouSigned: null }]);
  });

  it('give a project the MoU of its partner when it records none of its own, once signed', () => {
    const signed = networkDir({
      'labs/lahore/lab.yaml':
        'name: CIL Lahore\ncity: Lahore\nprovince: Punjab\nfounded: 2026-01-10\nstatus: active\nleads: [ayesha-khan]\npartners:\n  - { id: pitb, name: PITB, kind: government, mou_signed: 2026-10-15 }\n',
      'labs/lahore/projects/budget.yaml': 'name: Budget\nstatus: discovery\nstarted: 2026-03-01\npartner: pitb\n',
      'labs/lahore/projects/own-mou.yaml': 'name: Own MoU\nstatus: building\nstarted: 2026-03-01\npartner: pitb\nmou_signed: 2026-02-20\n',
    });
    const folder = loadNetwork(signed).labs.get('lahore')!;
    const mous = (month: string) => computeFigures(folder, periodOf('monthly', month)!, HANDBOOK_POLICY).projects.map((project) => [project.id, project.mouSigned]);
    expect(mous('2026-10')).toEqual([['budget', '2026-10-15'], ['own-mou', '2026-02-20']]);
    expect(mous('2026-09')).toEqual([['budget', null], ['own-mou', '2026-02-20']]);
    // A discovery report shows the project as of its last day: its submission.
    const discovery = (submitted: string) =>
      reportContext(folder, 'budget-discovery', { kind: 'discovery', project: 'budget', submitted }, { network: 'Test', timezone: 'Asia/Karachi', policy: HANDBOOK_POLICY });
    expect(discovery('2026-11-01')?.report.project?.mouSigned).toBe('2026-10-15');
    expect(discovery('2026-10-01')?.report.project?.mouSigned).toBeNull();
  });

  it('collect the takeaways of every event', () => {
    expect(figures('quarterly', '2026-Q4').takeaways).toEqual([{ date: '2026-10-20', event: 'community-event on 2026-10-20', takeaway: 'People want maps' }]);
  });

  it('break a quarter down by month', () => {
    expect(figures('quarterly', '2026-Q4').months).toEqual([
      { month: '2026-10', events: 3, meetings: 2, citizens: 20, technologists: 18, women: 15 },
      { month: '2026-11', events: 2, meetings: 1, citizens: 5, technologists: 5, women: 5 },
      { month: '2026-12', events: 0, meetings: 0, citizens: 0, technologists: 0, women: 0 },
    ]);
  });
});
