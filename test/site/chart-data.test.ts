import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/network/load-network.js';
import { resolveSettings } from '../../src/network/settings.js';
import {
  attendancePerMonth,
  labChartFigures,
  meetingsPerMonth,
  monthsUpTo,
  projectsByStatus,
  quartersUpTo,
  womenSharePerQuarter,
} from '../../src/site/chart-data.js';
import { chartFigures, combinedChartFigures, labCharts, networkCharts } from '../../src/site/site-charts.js';
import { networkDir } from '../helpers/network.js';
import { lab, meeting, member, project } from '../helpers/records.js';

const AS_OF = '2026-11-20';

// Two labs with known answers. Lahore counts meetups, hack nights and CfP calls (the default);
// Karachi counts only its workshops. Women's share by quarter end in Lahore: Q1 1 of 3 who
// gave their gender (Zara did not), Q2 2 of 4 (Sana joined), Q3 and Q4 2 of 3 (Omar was
// offboarded in August; Hina joins after the day). Karachi's members gave no gender: no figure.
const files = {
  ...lab('2025-06-01'),
  ...member('ayesha-khan', '2025-06-01', 'gender: woman\nroles: [{ role: organizer }]\n'),
  ...member('bilal-ahmed', '2025-06-01', 'gender: man\n'),
  ...member('zara-shah', '2025-06-01', 'gender: undisclosed\n'),
  ...member('sana-malik', '2026-05-10', 'gender: woman\n'),
  ...member('hina-baig', '2026-11-25', 'gender: woman\n'), // joins after the day: not counted yet
  ...member('omar-farooq', '2025-06-01', 'gender: man\nstatus: offboarded\noffboarded: { date: 2026-08-15, reason: Moved away }\n'),
  ...meeting('2025-11-05', ['ayesha-khan']), // before the twelve months shown
  ...meeting('2025-12-03', ['ayesha-khan', 'bilal-ahmed']),
  'labs/lahore/events/2026-10-07-cfp-call.yaml': 'title: CfP call\nkind: cfp-call\ndate: 2026-10-07\n', // attendance not recorded
  ...meeting('2026-11-04', ['ayesha-khan', 'bilal-ahmed', 'sana-malik']),
  ...meeting('2026-11-12', ['ayesha-khan'], ['bilal-ahmed'], 'hack-night'),
  ...meeting('2026-11-18', ['ayesha-khan', 'bilal-ahmed'], [], 'workshop'), // not a Lahore meeting kind
  ...meeting('2026-11-25', ['ayesha-khan']), // after the day
  ...project('finder', 'name: Finder\nstatus: discovery\n'),
  ...project('portal', 'name: Portal\nstatus: launched\n'),
  ...project('tracker', 'name: Tracker\nstatus: launched\n'),
  'labs/karachi/lab.yaml': [
    'name: Civic Innovation Lab Karachi',
    'city: Karachi',
    'province: Sindh',
    'founded: 2026-03-01',
    'status: active',
    'leads: [kamran-ali]',
    'meeting_kinds: [workshop]',
    '',
  ].join('\n'),
  'labs/karachi/members/kamran-ali.yaml': 'name: Kamran Ali\njoined: 2026-03-01\nroles: [{ role: organizer }]\nstatus: active\n',
  'labs/karachi/members/nida-raza.yaml': 'name: Nida Raza\njoined: 2026-03-01\nroles: [{ role: technologist }]\nstatus: active\n',
  'labs/karachi/events/2026-11-10-workshop.yaml':
    'title: Workshop\nkind: workshop\ndate: 2026-11-10\nattendance: { present: [kamran-ali, nida-raza] }\n',
  'labs/karachi/events/2026-10-01-meetup.yaml': 'title: Meetup\nkind: meetup\ndate: 2026-10-01\nattendance: { present: [kamran-ali] }\n',
  'labs/karachi/projects/ferry.yaml': 'name: Ferry\nstatus: abandoned\n',
  'labs/karachi/projects/broken.yaml': 'name: Broken\nstatus: dreaming\n', // invalid: counted nowhere
};
const network = loadNetwork(networkDir(files));
const settings = resolveSettings(network.config);

/** The non-zero values of a series, by month id. */
const byMonth = (periods: { id: string }[], values: readonly number[]) =>
  Object.fromEntries(periods.flatMap((period, at) => (values[at] ? [[period.id, values[at]]] : [])));

describe('the months and quarters of the charts', () => {
  it('are the last twelve months and four quarters up to the day, oldest first, across a year', () => {
    expect(monthsUpTo(AS_OF).map((month) => month.id)).toEqual([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    expect(monthsUpTo('2027-01-31', 3).map((month) => month.label)).toEqual(['November 2026', 'December 2026', 'January 2027']);
    expect(quartersUpTo(AS_OF).map((quarter) => quarter.id)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(quartersUpTo('2027-02-01', 2).map((quarter) => quarter.id)).toEqual(['2026-Q4', '2027-Q1']);
  });
});

describe('meetingsPerMonth', () => {
  it("counts each lab's meetings by the kinds it counts, in the twelve months up to the day", () => {
    const { periods, network: total, labs } = meetingsPerMonth(network, AS_OF);
    expect(labs.map((entry) => entry.id)).toEqual(['karachi', 'lahore']);
    expect(labs.map((entry) => entry.name)).toEqual(['Civic Innovation Lab Karachi', 'Civic Innovation Lab Lahore']);
    expect(byMonth(periods, labs[1]?.values ?? [])).toEqual({ '2025-12': 1, '2026-10': 1, '2026-11': 2 });
    expect(byMonth(periods, labs[0]?.values ?? [])).toEqual({ '2026-11': 1 });
    expect(byMonth(periods, total)).toEqual({ '2025-12': 1, '2026-10': 1, '2026-11': 3 });
  });
});

describe('attendancePerMonth', () => {
  it('adds up the members present at each meeting, none for a meeting without attendance', () => {
    const { periods, network: total, labs } = attendancePerMonth(network, AS_OF);
    expect(byMonth(periods, labs[1]?.values ?? [])).toEqual({ '2025-12': 2, '2026-11': 4 });
    expect(byMonth(periods, labs[0]?.values ?? [])).toEqual({ '2026-11': 2 });
    expect(byMonth(periods, total)).toEqual({ '2025-12': 2, '2026-11': 6 });
  });
});

describe('womenSharePerQuarter', () => {
  it('counts women among active members who gave their gender at each quarter end, or on the day', () => {
    const { periods, target, network: total, labs } = womenSharePerQuarter(network, settings, AS_OF);
    expect(periods.map((period) => period.id)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(target).toBe(0.25);
    expect(labs[1]?.values.map(({ women, counted }) => [women, counted])).toEqual([[1, 3], [2, 4], [2, 3], [2, 3]]);
    expect(labs[1]?.values.map(({ share }) => share)).toEqual([1 / 3, 0.5, 2 / 3, 2 / 3]);
    expect(labs[0]?.values.map(({ share }) => share)).toEqual([null, null, null, null]);
    expect(total.map(({ share }) => share)).toEqual([1 / 3, 0.5, 2 / 3, 2 / 3]);
  });

  it("takes the policy's target", () => {
    const own = loadNetwork(networkDir({ ...files, 'cil.yaml': 'network: Test\npolicy:\n  women_participation_target: 0.4\n' }));
    expect(womenSharePerQuarter(own, resolveSettings(own.config), AS_OF).target).toBe(0.4);
  });
});

describe('projectsByStatus', () => {
  it("counts each lab's valid projects by status, in the schema's order", () => {
    const { statuses, network: total, labs } = projectsByStatus(network);
    expect(statuses).toEqual(['discovery', 'building', 'launched', 'handed-over', 'closed', 'abandoned']);
    expect(labs.map((entry) => entry.values)).toEqual([[0, 0, 0, 0, 0, 1], [1, 0, 2, 0, 0, 0]]);
    expect(total).toEqual([1, 0, 2, 0, 0, 1]);
  });
});

describe("the charts added up from each lab's figures", () => {
  it('are those of the whole network, as the threads that make the labs send them', () => {
    const labs = [...network.labs.values()].flatMap((folder) => labChartFigures(folder, AS_OF) ?? []);
    expect(labs.map((entry) => entry.id)).toEqual(['karachi', 'lahore']);
    const combined = combinedChartFigures(labs, settings, AS_OF);
    expect(combined).toEqual(chartFigures(network, settings, AS_OF));
    expect(combined.women.network.map((count) => count.share)).toEqual([1 / 3, 2 / 4, 2 / 3, 2 / 3]);
  });
});

describe('the charts of the site', () => {
  const figures = chartFigures(network, settings, AS_OF);

  it("stack a few labs' figures on the network's pages, with the network's total", () => {
    const charts = networkCharts(figures);
    // A lab goes by its city, short enough for a legend and a table on a phone.
    expect(charts.meetings).toContain('<th scope="col"><bdi>Karachi</bdi></th><th scope="col"><bdi>Lahore</bdi></th>');
    expect(charts.meetings).toContain('<tr><th scope="row">November 2026</th><td>1</td><td>2</td><td>3</td></tr>');
    // The axis names the year at January only: under December 2025 too, it would run into 2026.
    expect(charts.meetings).toMatch(/>Dec<\/tspan><\/text>/);
    expect(charts.meetings).toMatch(/>Jan<\/tspan><tspan [^>]*>2026</);
    expect(charts.attendance).toContain('<tr><th scope="row">November 2026</th><td>2</td><td>4</td><td>6</td></tr>');
    expect(charts.women).toContain('<tr><th scope="row">Q2 2026</th><td>50%</td><td>25%</td></tr>');
    expect(charts.projects).toContain('<tr><th scope="row">abandoned</th><td>1</td><td>0</td><td>1</td></tr>');
  });

  it("show a lab's own figures on its page, women's share beside the network's", () => {
    const charts = labCharts(figures, 'lahore');
    expect(charts?.meetings).toContain('<tr><th scope="row">November 2026</th><td>2</td></tr>');
    expect(charts?.women).toContain('<tr><th scope="row">Q1 2026</th><td>33%</td><td>33%</td><td>25%</td></tr>');
    expect(charts?.projects).toContain('<tr><th scope="row">launched</th><td>2</td></tr>');
    expect(labCharts(figures, 'nowhere')).toBeUndefined();
  });

  it('draw a network with nothing recorded yet: zeros, and no figure for women', () => {
    const empty = loadNetwork(networkDir());
    const charts = networkCharts(chartFigures(empty, resolveSettings(empty.config), AS_OF));
    expect(charts.meetings).toContain('<tr><th scope="row">November 2026</th><td>0</td></tr>');
    expect(charts.women).toContain('<tr><th scope="row">Q1 2026</th><td>no figure</td><td>25%</td></tr>');
    expect(charts.projects).toContain('<tr><th scope="row">discovery</th><td>0</td></tr>');
  });

  it('name labs that share a city by their names', () => {
    const twin = loadNetwork(networkDir({ ...files, 'labs/karachi/lab.yaml': (files['labs/karachi/lab.yaml'] as string).replace('city: Karachi', 'city: Lahore') }));
    const charts = networkCharts(chartFigures(twin, resolveSettings(twin.config), AS_OF));
    expect(charts.meetings).toContain('<th scope="col"><bdi>Civic Innovation Lab Karachi</bdi></th><th scope="col"><bdi>Civic Innovation Lab Lahore</bdi></th>');
  });

  it("show the network's totals alone when more labs have figures than a stack can show", () => {
    const many = Object.fromEntries(
      Array.from({ length: 7 }, (_, index) => [
        [`labs/lab-${index}/lab.yaml`, `name: Lab ${index}\ncity: C\nprovince: Sindh\nfounded: 2026-01-01\nstatus: active\nleads: [a]\n`],
        [`labs/lab-${index}/events/2026-11-02-meetup.yaml`, 'title: M\nkind: meetup\ndate: 2026-11-02\n'],
      ]).flat(),
    );
    const big = loadNetwork(networkDir(many));
    const charts = networkCharts(chartFigures(big, resolveSettings(big.config), AS_OF));
    expect(charts.meetings).toContain('<th scope="col"><bdi>All labs</bdi></th>');
    expect(charts.meetings).toContain('<tr><th scope="row">November 2026</th><td>7</td></tr>');
  });
});
