import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { projectClose } from '../../src/commands/project-close.js';
import { writeIn } from '../helpers/write.js';
import { commitAll, git } from '../helpers/git.js';
import { networkDir } from '../helpers/network.js';

const projectPath = 'labs/lahore/projects/toilet-finder.yaml';
const project = [
  '# The first project of the lab.',
  'name: Toilet Finder # working name',
  'status: launched',
  'started: 2026-11-03',
  'partner: pitb # signed in February',
  'mou_signed: 2026-11-02',
  'repository: https://github.com/cil-lahore/toilet-finder',
  'license: MIT',
  'kpis:',
  '  - { name: Users, target: 1000, actual: 700 }',
  '',
].join('\n');
const close = writeIn(projectClose, { lab: 'lahore', project: 'toilet-finder' }, '2026-11-20');

describe('cil project close', () => {
  it('edits the project in place, keeping comments and key order, and drafts its closure report', async () => {
    const dir = networkDir({ [projectPath]: project });
    commitAll(dir);
    const result = await close(dir, { status: 'handed-over', outcome: ['700 weekly users'], recommendation: ['Hand over earlier'], authors: 'ayesha-khan' }, { commit: true });
    expect(readFileSync(join(dir, projectPath), 'utf8')).toBe(project.replace('status: launched', 'status: handed-over').replace('started: 2026-11-03\n', 'started: 2026-11-03\nended: 2026-11-20\n'));
    expect(parse(readFileSync(join(dir, 'labs/lahore/reports/toilet-finder-closure.yaml'), 'utf8'))).toEqual({
      kind: 'closure',
      project: 'toilet-finder',
      submitted: '2026-11-20',
      authors: ['ayesha-khan'],
      outcomes: ['700 weekly users'],
      recommendations: ['Hand over earlier'],
    });
    const document = readFileSync(join(dir, 'labs/lahore/reports/toilet-finder-closure.md'), 'utf8');
    expect(document).toContain('- **Status:** handed-over');
    expect(document).toContain('| Users | 1000 | 700 | — | 70% |');
    expect(result.commit?.message).toBe('Close project Toilet Finder of lab lahore and draft its closure report');
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings).toEqual([]);
  });

  it('refuses a closing status that is not one and an end before the start, writing nothing', async () => {
    const dir = networkDir({ [projectPath]: project });
    await expect(close(dir, { status: 'building' })).rejects.toThrow(/^--status: `building` is not one of: closed, handed-over, abandoned/);
    await expect(close(dir, { ended: '2026-01-01' })).rejects.toThrow(/^--ended: 2026-01-01 is before the project started/);
    expect(readFileSync(join(dir, projectPath), 'utf8')).toBe(project);
  });

  it('leaves the project as it was when its closure report exists', async () => {
    const dir = networkDir({ [projectPath]: project, 'labs/lahore/reports/toilet-finder-closure.yaml': 'kind: closure\nproject: toilet-finder\n' });
    await expect(close(dir, {})).rejects.toThrow(/toilet-finder-closure\.yaml already exists/);
    expect(readFileSync(join(dir, projectPath), 'utf8')).toBe(project);
  });

  it('refuses a project that does not exist', async () => {
    await expect(close(networkDir(), {})).rejects.toThrow('there is no project `toilet-finder` in lab lahore');
  });
});
