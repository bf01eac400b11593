import { describe, expect, it } from 'vitest';
import { runFastAudit } from '../../src/audit/fast/engine.js';
import { networkDir } from '../helpers/network.js';

describe('an audit with more than a hundred thousand findings', () => {
  it('reports them all without overflowing the call stack', async () => {
    const keys = Array.from({ length: 49 }, (_, index) => `k${index}: v\n`).join('');
    const members = Object.fromEntries(
      Array.from({ length: 2600 }, (_, index) => [`labs/lahore/members/m${index}.yaml`, `name: M\njoined: 2026-11-02\nroles: [{ role: member }]\nstatus: active\n${keys}`]),
    );
    const { findings } = await runFastAudit(networkDir(members), '2026-11-20', { cacheEnv: { CIL_CACHE: 'off' } });
    expect(findings.filter((finding) => finding.rule === 'schema').length).toBe(2600 * 49);
  }, 120_000);
});
