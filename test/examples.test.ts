import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/commands/audit.js';
import { loadNetwork } from '../src/network/load-network.js';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));

describe('the example network', () => {
  it('passes the audit on the day its README pins, with one lab that has things to fix', async () => {
    const result = await audit({ cwd: examples, asOf: '2026-11-20' });
    expect(result.exitCode).toBe(0);
    expect(result.findings.map(({ rule, severity, file }) => [rule, severity, file])).toEqual([
      ['hours-reported', 'info', 'labs/karachi/reports/2026-08-monthly.yaml'],
      ['hours-reported', 'info', 'labs/peshawar/reports/2026-09-monthly.yaml'],
      ['women-participation', 'info', 'labs/quetta/lab.yaml'],
      ['inactive-member', 'warning', 'labs/quetta/members/jalal-achakzai.yaml'],
      ['hours-reported', 'info', 'labs/quetta/reports/2026-08-monthly.yaml'],
      ['hours-reported', 'info', 'labs/quetta/reports/2026-09-monthly.yaml'],
      ['monthly-report-due', 'warning', 'labs/quetta/reports/2026-10-monthly.yaml'],
      ['hours-reported', 'info', 'labs/quetta/reports/2026-10-monthly.yaml'],
    ]);
  });

  it('is a network worth showing: three labs in three provinces, a year of records', () => {
    const network = loadNetwork(examples);
    const labs = [...network.labs.values()];
    expect(new Set(labs.map((lab) => lab.lab?.record?.province)).size).toBeGreaterThanOrEqual(3);
    const members = labs.flatMap((lab) => [...lab.members.values()]);
    expect(members.some((member) => /\p{Script=Arabic}/u.test(member.record?.name ?? ''))).toBe(
      true,
    );
    const events = labs.flatMap((lab) => [...lab.events.values()].map((event) => event.record));
    const days = events.map((event) => Date.parse(event?.date ?? '') / 86_400_000);
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThanOrEqual(360);
    expect(events.some((event) => event?.kind === 'community-event')).toBe(true);
    expect(events.every((event) => event?.attendance?.present?.length)).toBe(true);
    const reports = labs.flatMap((lab) =>
      [...lab.reports.values()].map((report) => report.record?.kind),
    );
    expect(new Set(reports)).toEqual(
      new Set(['monthly', 'quarterly', 'midyear', 'annual', 'discovery', 'closure']),
    );
    expect(labs.every((lab) => lab.projects.size > 0)).toBe(true);
    // What the handbook asks beyond meetings: hours in the monthly updates, a training of
    // government officials with their department, a KPI measured over time, and the
    // network's impact report.
    expect(events.some((event) => event?.kind === 'training' && (event.audience?.government ?? 0) > 0 && event.partners?.length)).toBe(true);
    expect(labs.flatMap((lab) => [...lab.reports.values()]).filter((report) => report.record?.hours).length).toBeGreaterThan(20);
    const kpis = labs.flatMap((lab) => [...lab.projects.values()]).flatMap((project) => project.record?.kpis ?? []);
    expect(kpis.some((kpi) => (kpi.history?.length ?? 0) > 2)).toBe(true);
    expect([...network.impactReports.keys()]).toEqual(['2026-impact']);
  });
});
