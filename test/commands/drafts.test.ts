import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memberAdd } from '../../src/commands/member-add.js';
import { periodicReportDraft } from '../../src/commands/report-draft.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { meeting } from '../helpers/records.js';
import { writeIn } from '../helpers/write.js';

// Nothing typed is lost: when answers typed at the questions fail a check of the whole at
// the end, they are kept in a draft, and --from starts again from them.

/** The error a run ends with: it must not write. */
const failureOf = (run: Promise<unknown>) => run.then(() => new Error('it wrote'), (caught: Error) => caught);
const keptIn = (message: string) => /Your answers are kept in (private\/drafts\/answers-[\w-]+\.yaml)/.exec(message)?.[1];

describe('answers that fail a last check', () => {
  it('are kept in a draft that --from starts again from, for a member', async () => {
    const dir = networkDir();
    const add = writeIn(memberAdd, { lab: 'lahore' }, '2026-11-20');
    // The handle is Ayesha's already: only the audit of the whole lab sees it.
    const prompter = scriptedPrompter(['Zara Khan', undefined, ['technologist'], undefined, 'ayeshak', '4', 'data, maps', 'woman']);
    const error = await failureOf(add(dir, {}, { prompter }));
    expect(error.message).toMatch(/^nothing was written: the audit would refuse it: .*GitHub handle `ayeshak` is also given in labs\/lahore\/members\/ayesha-khan\.yaml/);
    const draft = keptIn(error.message) as string;
    expect(existsSync(join(dir, 'labs/lahore/members/zara-khan.yaml'))).toBe(false);
    expect(readFileSync(join(dir, draft), 'utf8')).toContain('name: Zara Khan\n');
    // Without a terminal, the draft gives what was typed, and a flag mends the rest.
    const resumed = await add(dir, { github: 'zarak' }, { from: draft });
    expect(resumed.written).toEqual(['labs/lahore/members/zara-khan.yaml']);
    const record = readFileSync(join(dir, 'labs/lahore/members/zara-khan.yaml'), 'utf8');
    expect(record).toContain('github: zarak\n');
    expect(record).toContain('weekly_hours: 4\nskills: [data, maps]\ngender: woman\n');
  });

  it('are kept as the report they were for, which the report\'s own --from reads', async () => {
    const dir = networkDir({ ...meeting('2026-11-05', ['ayesha-khan']), 'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\n' });
    const draft = writeIn(periodicReportDraft('monthly'), { lab: 'lahore' }, '2026-12-03');
    // A month before the lab was founded: the audit's check, after every question.
    const prompter = scriptedPrompter(['2026-10', undefined, [], 'First meetup', '', 'No venue', '', 'Find a venue', '', '', '']);
    const error = await failureOf(draft(dir, {}, { prompter }));
    expect(error.message).toMatch(/^nothing was written: the audit would refuse it: labs\/lahore\/reports\/2026-10-monthly\.yaml:\d+:\d+ before-founding: /);
    const kept = keptIn(error.message) as string;
    expect(readFileSync(join(dir, kept), 'utf8')).toMatch(/kind: monthly\nperiod: 2026-10\nsubmitted: 2026-12-03\n(?:.*\n)*successes:\n {2}- First meetup\nblockers:\n {2}- No venue\nnext_steps:\n {2}- Find a venue\n/);
    const result = await draft(dir, { period: '2026-12' }, { from: kept });
    const written = readFileSync(join(dir, result.written[0] ?? ''), 'utf8');
    expect(result.written[0]).toBe('labs/lahore/reports/2026-12-monthly.yaml');
    expect(written).toContain('successes:\n  - First meetup\nblockers:\n  - No venue\nnext_steps:\n  - Find a venue\n');
  });
});
