import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { barChart, CHART_COLOURS, lineChart, niceTicks } from '../../src/site/charts.js';

// The charts are read back by libxml2's parser (xmllint): a figure must be well-formed XML
// (so an HTML parser cannot read it two ways), and XPath finds its title, description and
// table cells as a reader would, rather than a pattern over our own output.
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
// CI installs xmllint (.ci/run); only a developer's machine may lack it.
const needsXmllint = hasXmllint || process.env.CI ? it : it.skip;

function xpath(xml: string, expression: string): string {
  const run = spawnSync('xmllint', ['--xpath', expression, '-'], { input: xml, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 10) throw new Error(`xmllint: ${run.stderr}`);
  return run.stdout.replace(/\n$/, '');
}
const svg = (name: string) => `//*[local-name()='svg']/*[local-name()='${name}']`;
const cell = (xml: string, row: number, column: number) => xpath(xml, `string(//tbody/tr[${row}]/*[${column}])`);

const MONTHS = ['Sep', 'Oct', 'Nov'].map((month) => ({ label: `${month} 2026`, tick: month }));
const meetings = barChart({
  id: 'meetings',
  title: 'Lab meetings per month',
  caption: 'Lab meetings held each month.',
  categoryHeading: 'Month',
  categories: MONTHS,
  series: [
    { name: 'Lahore', values: [2, 0, 3] },
    { name: 'Peshawar & <Co> "Hayatabad"', values: [1, 4, 0] },
  ],
  layout: 'stacked',
});
const percent = (share: number) => `${Math.round(share * 100)}%`;
const women = lineChart({
  id: 'women',
  title: "Women's share of active members",
  caption: 'Among members who gave their gender.',
  categoryHeading: 'Quarter',
  categories: ['Q2', 'Q3', 'Q4'].map((quarter) => ({ label: `${quarter} 2026`, tick: `${quarter}\n2026` })),
  series: [
    { name: 'Lahore', values: [0.2, null, 0.5] },
    { name: 'کوئٹہ', values: [0.3, 0.25, 0.1] },
  ],
  format: percent,
  target: { value: 0.25, label: 'Target 25%' },
});

describe('barChart', () => {
  needsXmllint('is well-formed XML: a figure with the picture, its caption and its table', () => {
    expect(spawnSync('xmllint', ['--noout', '-'], { input: meetings }).status).toBe(0);
    expect(xpath(meetings, "string(/figure/*[local-name()='svg']/@role)")).toBe('img');
    expect(xpath(meetings, `string(${svg('title')})`)).toBe('Lab meetings per month');
    expect(xpath(meetings, 'string(/figure/figcaption)')).toBe('Lab meetings held each month.');
    // The picture is named by its title and described by its description.
    const byId = (attribute: string) => `string(//*[@id=/figure/*[local-name()='svg']/@${attribute}])`;
    expect(xpath(meetings, byId('aria-labelledby'))).toBe('Lab meetings per month');
    expect(xpath(meetings, byId('aria-describedby'))).toMatch(/^Lab meetings per month\. Lahore: 2 in Sep 2026/);
  });

  needsXmllint('says its figures in words, escaped text read back as written', () => {
    const description = xpath(meetings, `string(${svg('desc')})`);
    expect(description).toBe(
      'Lab meetings per month. Lahore: 2 in Sep 2026, 0 in Oct 2026, 3 in Nov 2026. '
      + 'Peshawar & <Co> "Hayatabad": 1 in Sep 2026, 4 in Oct 2026, 0 in Nov 2026. In all: 3 in Sep 2026, 4 in Oct 2026, 3 in Nov 2026.',
    );
    expect(meetings).not.toContain('<Co>');
  });

  needsXmllint('says a long series in words by its total, its peak and its last value, or that it is the same in each', () => {
    const year = Array.from({ length: 12 }, (_, month) => ({ label: `month ${month + 1}` }));
    const long = barChart({
      id: 'year',
      title: 'Lab meetings per month',
      caption: 'A year.',
      categoryHeading: 'Month',
      categories: year,
      series: [
        { name: 'Lahore', values: [1, 0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 2] },
        { name: 'کوئٹہ', values: Array.from({ length: 12 }, () => 1) },
      ],
      layout: 'stacked',
    });
    expect(xpath(long, `string(${svg('desc')})`)).toBe(
      'Lab meetings per month. Lahore: 14 in all from month 1 to month 12; most in month 3 (3); 2 in month 12. '
      + '\u2068کوئٹہ\u2069: 12 in all from month 1 to month 12, 1 in each. In all: 26 in all from month 1 to month 12; most in month 3 (4); 3 in month 12.',
    );
  });

  needsXmllint('holds its numbers in a table, headed by scope, with a total for a stack', () => {
    expect(xpath(meetings, 'count(//thead/tr/th[@scope="col"])')).toBe('4');
    expect(xpath(meetings, 'string(//thead/tr/th[3])')).toBe('Peshawar & <Co> "Hayatabad"');
    expect(xpath(meetings, 'string(//thead/tr/th[4])')).toBe('Total');
    expect(xpath(meetings, 'count(//tbody/tr/th[@scope="row"])')).toBe('3');
    expect([1, 2, 3].map((row) => [1, 2, 3, 4].map((column) => cell(meetings, row, column)))).toEqual([
      ['Sep 2026', '2', '1', '3'],
      ['Oct 2026', '0', '4', '4'],
      ['Nov 2026', '3', '0', '3'],
    ]);
  });

  needsXmllint('draws a bar for each value above zero, taller for more, and writes the stack totals over them', () => {
    // Bars are one path a series, a rectangle (M, h, V, h, z) a bar.
    const paths = xpath(meetings, `//*[local-name()='path'][@stroke='${CHART_COLOURS[0]}']/@d`);
    const bars = [...paths.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)V([\d.]+)/g)].map((match) => Number(match[4]) - Number(match[2]));
    expect(bars).toHaveLength(2);
    expect((bars[1] as number) / (bars[0] as number)).toBeCloseTo(1.5, 1);
    const labels = xpath(meetings, '//*[local-name()=\'g\'][@font-size=\'10\']/*[local-name()=\'text\']/text()').trim().split('\n');
    expect(labels).toEqual(['3', '4', '3']);
  });

  it('scales to its container and stays small with many labs and months', () => {
    expect(meetings).toMatch(/<svg [^>]*viewBox="0 0 360 \d+" width="100%"/);
    expect(meetings).not.toMatch(/<svg [^>]*height=/);
    const series = Array.from({ length: 6 }, (_, lab) => ({ name: `Civic Innovation Lab ${lab}`, values: Array.from({ length: 12 }, (_, month) => (lab + month) % 5) }));
    const categories = Array.from({ length: 12 }, (_, month) => ({ label: `Month ${month + 1} 2026`, tick: `M${month + 1}` }));
    const big = barChart({ id: 'big', title: 'Meetings', caption: 'Meetings.', categoryHeading: 'Month', categories, series, layout: 'stacked' });
    expect(big.length).toBeLessThan(9 * 1024);
  });

  it('puts ticks wider than their column on two rows, every other one lower', () => {
    const statuses = ['discovery', 'building', 'launched', 'handed-over', 'closed', 'abandoned'].map((label) => ({ label }));
    const chart = barChart({ id: 's', title: 'T', caption: 'C', categoryHeading: 'Status', categories: statuses, series: [{ name: 'All', values: [1, 2, 3, 0, 1, 0] }], layout: 'grouped' });
    const rows = [...chart.matchAll(/<text y="([\d.]+)"><tspan [^>]*>([a-z-]+)</g)].map((match) => [match[2], Number(match[1])]);
    expect(rows.map(([label]) => label)).toEqual(statuses.map((status) => status.label));
    const [high, low] = [rows[0]?.[1] as number, rows[1]?.[1] as number];
    expect(low - high).toBe(15);
    expect(rows.map(([, y]) => y)).toEqual([high, low, high, low, high, low]);
    // Months fit their columns: one row.
    expect(new Set([...meetings.matchAll(/<text y="([\d.]+)"><tspan/g)].map((match) => match[1])).size).toBe(1);
  });

  it('tells series apart by pattern as well as by colour', () => {
    const series = Array.from({ length: 6 }, (_, lab) => ({ name: `Lab ${lab}`, values: [1, 2] }));
    const chart = barChart({ id: 'many', title: 'T', caption: 'C', categoryHeading: 'X', categories: MONTHS.slice(0, 2), series, layout: 'grouped' });
    const fills = [...chart.matchAll(/<path d="M[^"]*z" fill="([^"]+)"/g)].map((match) => match[1]);
    expect(fills).toHaveLength(6);
    expect(new Set(fills).size).toBe(6);
    // The first is solid; the others each a pattern of its own shape, not only of its own colour.
    expect(fills.slice(1).every((fill) => fill?.startsWith('url(#many-p'))).toBe(true);
    const shapes = [...chart.matchAll(/<pattern [^>]*>(.*?)<\/pattern>/g)].map((match) => (match[0] as string).replace(/#[0-9a-f]{6}|many-p\d/g, ''));
    expect(new Set(shapes).size).toBe(5);
  });
});

describe('lineChart', () => {
  needsXmllint('is well-formed XML with a target column, and "no figure" where a value is missing', () => {
    expect(spawnSync('xmllint', ['--noout', '-'], { input: women }).status).toBe(0);
    expect(xpath(women, 'string(//thead/tr/th[4])')).toBe('Target 25%');
    expect([1, 2, 3].map((row) => [1, 2, 3, 4].map((column) => cell(women, row, column)))).toEqual([
      ['Q2 2026', '20%', '30%', '25%'],
      ['Q3 2026', 'no figure', '25%', '25%'],
      ['Q4 2026', '50%', '10%', '25%'],
    ]);
  });

  needsXmllint('says each series against the target in its description', () => {
    expect(xpath(women, `string(${svg('desc')})`)).toBe(
      "Women's share of active members, against target 25%. Lahore: 20% in Q2 2026, no figure in Q3 2026, 50% in Q4 2026. "
      // A name written right to left is isolated (U+2068 to U+2069), as <bdi> would in HTML.
      + 'At or above 25% in 1 of the 2 with a figure. \u2068کوئٹہ\u2069: 30% in Q2 2026, 25% in Q3 2026, 10% in Q4 2026. At or above 25% in 2 of the 3 with a figure.',
    );
  });

  it('breaks a line where a value is missing, and marks each series with its own dash and marker', () => {
    const lines = [...women.matchAll(/<path d="([^"]*)" fill="none" stroke="(#[0-9a-f]{6})" stroke-width="2"( stroke-dasharray="[^"]+")?/g)];
    expect(lines).toHaveLength(2);
    expect(lines[0]?.[1]).toMatch(/^M[\d.]+ [\d.]+M[\d.]+ [\d.]+$/);
    expect(lines[1]?.[1]).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(lines[0]?.[3]).toBeUndefined();
    expect(lines[1]?.[3]).toBe(' stroke-dasharray="6 3"');
    expect(women).toMatch(/<circle cx=/);
    expect(women).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="7" height="7"\/>/);
  });

  it('names the target in the legend', () => {
    expect(women).toMatch(/stroke-dasharray="4 4"\/><text [^>]*>Target 25%<\/text>/);
  });
});

describe('the charts', () => {
  const luminance = (hex: string) => {
    const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const [r, g, b] = [1, 3, 5].map((at) => linear(parseInt(hex.slice(at, at + 2), 16) / 255));
    return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
  };
  const contrast = (hex: string) => 1.05 / (luminance(hex) + 0.05);

  it('draw in colours of at least 4.5:1 against white (WCAG AA for text), grid lines aside', () => {
    const colours = new Set([...`${meetings}${women}`.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/g)].map((match) => match[1] as string));
    colours.delete('#d0d0d0');
    expect(colours.size).toBeGreaterThanOrEqual(3);
    for (const colour of [...colours, ...CHART_COLOURS]) expect(contrast(colour), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('keep their ids apart, prefixed by their own', () => {
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1] as string);
    expect(ids(meetings).every((id) => id.startsWith('meetings'))).toBe(true);
    expect(ids(women).every((id) => id.startsWith('women'))).toBe(true);
    expect(new Set(ids(meetings)).size).toBe(ids(meetings).length);
  });

  it.each([
    [0, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [11, [0, 5, 10, 15]],
    [0.5, [0, 0.2, 0.4, 0.6]],
    [0.25, [0, 0.1, 0.2, 0.3]],
    [120, [0, 50, 100, 150]],
  ])('put round ticks up past the highest value (%s)', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it('put ticks on whole numbers for counts', () => {
    expect(niceTicks(2, true)).toEqual([0, 1, 2]);
    expect(niceTicks(1, true)).toEqual([0, 1]);
    expect(niceTicks(2)).toEqual([0, 0.5, 1, 1.5, 2]);
  });
});
