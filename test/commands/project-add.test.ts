import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { projectAdd } from '../../src/commands/project-add.js';
import { writeIn } from '../helpers/write.js';
import { networkDir } from '../helpers/network.js';

const add = writeIn(projectAdd, { lab: 'lahore' }, '2026-11-20');

describe('cil project add', () => {
  it('writes a project that passes the audit', async () => {
    const dir = networkDir();
    const result = await add(dir, {
      name: 'Public Toilet Finder',
      status: 'building',
      problem: 'Citizens cannot find a usable public toilet',
      started: '2026-11-03',
      partner: 'pitb',
      mouSigned: '2026-11-02',
      repository: 'https://github.com/cil-lahore/toilet-finder',
      license: 'MIT',
    });
    expect(result.written).toEqual(['labs/lahore/projects/public-toilet-finder.yaml']);
    expect(readFileSync(join(dir, result.written[0] ?? ''), 'utf8')).toBe(
      [
        'name: Public Toilet Finder',
        'problem: Citizens cannot find a usable public toilet',
        'status: building',
        'started: 2026-11-03',
        'partner: pitb',
        'mou_signed: 2026-11-02',
        'repository: https://github.com/cil-lahore/toilet-finder',
        'license: MIT',
        '',
      ].join('\n'),
    );
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings).toEqual([]);
  });

  it('starts in discovery, today, when nothing else is said', async () => {
    const dir = networkDir();
    const result = await add(dir, { name: 'Budget Explorer', id: 'budget' });
    expect(readFileSync(join(dir, result.written[0] ?? ''), 'utf8')).toBe('name: Budget Explorer\nstatus: discovery\nstarted: 2026-11-20\n');
  });

  it.each([
    [{ partner: 'wasa' }, /^--partner: `wasa` is not a partner of lab lahore/],
    [{ license: 'mit' }, /^--license: .*not a current SPDX licence id.*did you mean `MIT`\?/],
    [{ license: 'GPL-3.0' }, /^--license: .*did you mean `GPL-3.0-only` or `GPL-3.0-or-later`\?/],
    [{ repository: 'github.com/x/y' }, /^--repository: .*must be a full web address starting with https:\/\//],
    [{ status: 'done' }, /^--status: .*must be one of: discovery, building, launched, handed-over, closed, abandoned/],
    [{ mouSigned: '2026-13-01' }, /^--mou-signed: .*must be a real date/],
  ])('refuses %o', async (flags, message) => {
    await expect(add(networkDir(), { name: 'Toilet Finder', ...flags })).rejects.toThrow(message);
  });
});
