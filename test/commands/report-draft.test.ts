import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { closureReportDraft, discoveryReportDraft, periodicReportDraft } from '../../src/commands/report-draft.js';
import { type TestOptions, writeIn } from '../helpers/write.js';
import type { Flags } from '../../src/prompt/fields.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { lab, meeting } from '../helpers/records.js';
import { writeFiles } from '../helpers/testdir.js';

const project = { 'labs/lahore/projects/toilet-finder.yaml': 'name: Toilet Finder\nstatus: discovery\nstarted: 2026-11-02\npartner: pitb\n' };
// A November meeting, so that the lab owes nothing else when the tests audit it in December.
const november = meeting('2026-11-05', ['ayesha-khan']);
const draft = (dir: string, kind: 'monthly' | 'quarterly' | 'midyear' | 'annual' | 'discovery' | 'closure', flags: Flags, options: TestOptions = {}) => {
  if (kind === 'discovery') return writeIn(discoveryReportDraft, { lab: 'lahore' }, '2026-12-03')(dir, flags, options);
  if (kind === 'closure') return writeIn(closureReportDraft, { lab: 'lahore' }, '2026-12-03')(dir, flags, options);
  return writeIn(periodicReportDraft(kind), { lab: 'lahore' }, '2026-12-03')(dir, flags, options);
};
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('cil report <kind> <lab>', () => {
  it('drafts the monthly update due next from flags, with its document, passing the audit', async () => {
    const dir = networkDir(november);
    const result = await draft(dir, 'monthly', {
      success: ['First meetup with 20 people', 'PITB will share data'],
      blocker: ['No venue yet'],
      nextStep: ['Find a venue'],
      video: ['https://video.example.org/meetup'],
      authors: 'ayesha-khan',
      hours: ['ayesha-khan=22'],
    });
    expect(result.written).toEqual(['labs/lahore/reports/2026-11-monthly.yaml', 'labs/lahore/reports/2026-11-monthly.md']);
    expect(read(dir, result.written[0]!)).toBe(
      [
        'kind: monthly',
        'period: 2026-11',
        'submitted: 2026-12-03',
        'authors: [ayesha-khan]',
        'successes:',
        '  - First meetup with 20 people',
        '  - PITB will share data',
        'blockers:',
        '  - No venue yet',
        'next_steps:',
        '  - Find a venue',
        'videos:',
        '  - https://video.example.org/meetup',
        'hours: {ayesha-khan: 22}',
        '',
      ].join('\n'),
    );
    expect(read(dir, result.written[1]!)).toMatch(/^# Civic Innovation Lab Lahore: Monthly progress update, November 2026\n/);
    expect((await audit({ cwd: dir, asOf: '2026-12-03' })).findings).toEqual([]);
  });

  it('takes the period given, and refuses one of the wrong form', async () => {
    const dir = networkDir();
    expect((await draft(dir, 'quarterly', { period: '2026-Q4', story: 'We began.', takeaway: ['Meet often'] })).written[0]).toBe(
      'labs/lahore/reports/2026-Q4-quarterly.yaml',
    );
    await expect(draft(dir, 'quarterly', { period: '2026-11' })).rejects.toThrow(/^--period: `2026-11` is not a quarterly period; write a quarter as YYYY-Qn/);
  });

  it('drafts a discovery report for a project, with structured narrative from --from', async () => {
    const dir = networkDir({
      ...project,
      'notes.yaml': 'user_needs: [Find a toilet fast]\nkpis: [{ name: Toilets mapped, target: 100, unit: toilets }]\nartifacts: [{ title: Persona, kind: persona, url: https://example.org/persona }]\n',
    });
    const result = await draft(dir, 'discovery', { project: 'toilet-finder', insight: ['Shopkeepers know which toilets open'] }, { from: 'notes.yaml' });
    const record = parse(read(dir, 'labs/lahore/reports/toilet-finder-discovery.yaml'));
    expect(record).toEqual({
      kind: 'discovery',
      project: 'toilet-finder',
      submitted: '2026-12-03',
      user_needs: ['Find a toilet fast'],
      insights: ['Shopkeepers know which toilets open'],
      kpis: [{ name: 'Toilets mapped', target: 100, unit: 'toilets' }],
      artifacts: [{ title: 'Persona', kind: 'persona', url: 'https://example.org/persona' }],
    });
    expect(read(dir, result.written[1]!)).toContain('| Toilets mapped | 100 | toilets |');
  });

  it.each([
    [{ project: 'bus-routes' }, {}, /^--project: `bus-routes` is not a project of lab lahore; projects: toilet-finder/],
    [{}, {}, /^--project is missing/],
    [{ project: 'toilet-finder', video: ['youtube'] }, {}, /^--video: .*must be a full web address/],
    [{ project: 'toilet-finder' }, { from: 'nowhere.yaml' }, /^--from: .*nowhere\.yaml does not exist/],
  ])('refuses %o', async (flags, options, message) => {
    await expect(draft(networkDir(project), 'discovery', flags, options)).rejects.toThrow(message);
  });

  it('refuses a --from file with fields the kind does not have', async () => {
    const dir = networkDir({ 'notes.yaml': 'story: Not for a monthly report\n' });
    await expect(draft(dir, 'monthly', {}, { from: 'notes.yaml' })).rejects.toThrow(/`story` does not belong in a monthly report/);
  });

  it('offers on a terminal only the projects whose report of the kind is still to write', async () => {
    const dir = networkDir({ ...project, 'labs/lahore/projects/bus-routes.yaml': 'name: Bus Routes\nstatus: discovery\nstarted: 2026-11-02\npartner: pitb\n' });
    await draft(dir, 'discovery', { project: 'toilet-finder', problem: 'Finding toilets' });
    const prompter = scriptedPrompter(['bus-routes', undefined, [], '', '', '', '', '', '', '', '', '', '', '']);
    await draft(dir, 'discovery', {}, { prompter });
    expect(prompter.asked[0]?.choices).toEqual(['bus-routes']);
    expect(existsSync(join(dir, 'labs/lahore/reports/bus-routes-discovery.yaml'))).toBe(true);
  });

  it('drafts the oldest missing update by default, for a lab behind on them', async () => {
    const dir = networkDir(lab('2026-08-01'));
    // As of 3 December: the updates of August, September and October are missing (November's is due on the 7th).
    const result = await draft(dir, 'monthly', { success: ['Caught up'] });
    expect(result.written[0]).toBe('labs/lahore/reports/2026-08-monthly.yaml');
    const next = await draft(dir, 'monthly', { success: ['Caught up'] });
    expect(next.written[0]).toBe('labs/lahore/reports/2026-09-monthly.yaml');
  });

  it('never overwrites a report, unless --force', async () => {
    const dir = networkDir();
    await draft(dir, 'monthly', { success: ['First'] });
    const before = read(dir, 'labs/lahore/reports/2026-11-monthly.yaml');
    await expect(draft(dir, 'monthly', { success: ['Second'] })).rejects.toThrow(
      'labs/lahore/reports/2026-11-monthly.yaml already exists; choose another, or use --force to replace the report',
    );
    expect(read(dir, 'labs/lahore/reports/2026-11-monthly.yaml')).toBe(before);
    await draft(dir, 'monthly', { success: ['Second'] }, { force: true });
    expect(read(dir, 'labs/lahore/reports/2026-11-monthly.yaml')).toContain('- Second');
  });

  it('says a report exists at the question of its period, before the others are asked, and takes another period', async () => {
    const dir = networkDir();
    await draft(dir, 'monthly', { success: ['First'] });
    const prompter = scriptedPrompter([undefined, '2026-12', undefined, [], '', '', '', '', '']);
    await draft(dir, 'monthly', {}, { prompter });
    const [period, next] = prompter.asked;
    expect(period?.message).toBe('Period reported on');
    expect(period?.rejected).toEqual(['labs/lahore/reports/2026-11-monthly.yaml already exists; choose another, or use --force to replace the report']);
    expect(next?.message).toBe('Date submitted (YYYY-MM-DD)');
    expect(parse(read(dir, 'labs/lahore/reports/2026-12-monthly.yaml'))).toMatchObject({ kind: 'monthly', period: '2026-12' });
  });

  it('asks for the narrative on a terminal when no flag gives it', async () => {
    const dir = networkDir();
    const prompter = scriptedPrompter([undefined, undefined, ['ayesha-khan'], 'Met PITB', 'Found a venue', '', 'Rain', '', '', '', '21.5']);
    await draft(dir, 'monthly', {}, { prompter });
    expect(prompter.asked.map((question) => question.message)).toEqual([
      'Period reported on',
      'Date submitted (YYYY-MM-DD)',
      'Authors (optional)',
      'A success 1 (leave empty to go on)',
      'A success 2 (leave empty to go on)',
      'A success 3 (leave empty to go on)',
      'A blocker, and the help needed 1 (leave empty to go on)',
      'A blocker, and the help needed 2 (leave empty to go on)',
      'A next step 1 (leave empty to go on)',
      'A link to a video (https://...) 1 (leave empty to go on)',
      'Hours reported for the month: Ayesha Khan (ayesha-khan) (optional)',
    ]);
    expect(parse(read(dir, 'labs/lahore/reports/2026-11-monthly.yaml'))).toEqual({
      kind: 'monthly',
      period: '2026-11',
      submitted: '2026-12-03',
      authors: ['ayesha-khan'],
      successes: ['Met PITB', 'Found a venue'],
      blockers: ['Rain'],
      hours: { 'ayesha-khan': 21.5 },
    });
  });

  it('without a terminal, drafts with what it was given and asks nothing', async () => {
    const dir = networkDir();
    const result = await draft(dir, 'annual', { period: '2026' });
    expect(read(dir, result.written[0]!)).toBe('kind: annual\nperiod: "2026"\nsubmitted: 2026-12-03\n');
    expect(existsSync(join(dir, 'labs/lahore/reports/2026-annual.md'))).toBe(true);
  });

  it('re-renders the documents a change makes stale, and commits them with it', async () => {
    const dir = networkDir(november);
    await draft(dir, 'monthly', { period: '2026-11', success: ['x'], hours: ['ayesha-khan=22'] });
    writeFiles(dir, meeting('2026-11-12', ['ayesha-khan']));
    expect((await audit({ cwd: dir, asOf: '2026-12-03' })).findings.map((finding) => finding.rule)).toEqual(['report-stale']);
    const { eventAdd } = await import('../../src/commands/event-add.js');
    const result = await writeIn(eventAdd, { lab: 'lahore' }, '2026-12-03')(dir, { title: 'Hack night', date: '2026-11-20', kind: 'hack-night', present: 'ayesha-khan' });
    expect(result.written).toEqual(['labs/lahore/events/2026-11-20-hack-night.yaml', 'labs/lahore/reports/2026-11-monthly.md']);
    expect((await audit({ cwd: dir, asOf: '2026-12-03' })).findings).toEqual([]);
  });
});
