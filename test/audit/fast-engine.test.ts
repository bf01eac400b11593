import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runFastAudit } from '../../src/audit/fast/engine.js';
import { RULES } from '../../src/audit/rules/index.js';
import { runRules } from '../../src/audit/run-rules.js';
import type { Rule } from '../../src/audit/types.js';
import { loadNetwork } from '../../src/network/load-network.js';
import { resolveSettings } from '../../src/network/settings.js';
import { BROKEN_AS_OF, brokenLab } from '../helpers/broken-labs.js';
import { testdir } from '../helpers/testdir.js';

// A rule that reads the whole network, as a GitHub handle unique across the network would:
// the fast audit must run it over every lab and cache its findings on what it reads.
const handleOnce: Rule = {
  id: 'handle-once',
  description: 'A GitHub handle names one member of the network.',
  severity: 'error',
  help: { why: 'A test needs it.', fix: 'None.', example: { finding: 'none' } },
  reads: { network: ['member'] },
  check({ network, report }) {
    const seen = new Map<string, string>();
    for (const lab of network.labs.values()) {
      for (const file of lab.members.values()) {
        const handle = file.record?.github;
        if (handle === undefined) continue;
        const first = seen.get(handle);
        if (first) report({ file: file.path, path: ['github'], message: `${handle} is also ${first}` });
        else seen.set(handle, file.path);
      }
    }
  },
};

const rules = [...RULES.filter((rule) => rule.reads === 'lab'), handleOnce];
const plain = (dir: string) => {
  const network = loadNetwork(dir, { thorough: true });
  return runRules(network, resolveSettings(network.config), BROKEN_AS_OF, rules);
};

let cache: string | undefined;
afterEach(() => {
  if (cache) rmSync(cache, { recursive: true, force: true });
  cache = undefined;
});

describe('the fast audit, with a rule that reads the whole network', () => {
  it('finds what the plain audit finds, across labs', async () => {
    const dir = testdir({ 'cil.yaml': 'network: Two labs\n', ...brokenLab('multan'), ...brokenLab('sukkur') });
    const { findings } = await runFastAudit(dir, BROKEN_AS_OF, { rules });
    expect(findings.filter((finding) => finding.rule === 'handle-once').map((finding) => finding.file)).toEqual(['labs/sukkur/members/mover.yaml']);
    expect(findings).toEqual(plain(dir));
  });

  it('caches its findings on what it reads, so that a change in another lab is seen', async () => {
    const dir = testdir({ 'cil.yaml': 'network: Two labs\n', ...brokenLab('multan'), ...brokenLab('sukkur') });
    cache = mkdtempSync(join(tmpdir(), 'cil-cache-'));
    const cacheEnv = { CIL_CACHE_DIR: cache };
    expect((await runFastAudit(dir, BROKEN_AS_OF, { rules, cacheEnv })).findings).toEqual(plain(dir));
    // Two entries for each lab, for what lies outside the labs, and for the network rule.
    expect(readdirSync(join(cache, 'labs'))).toHaveLength(8);
    writeFileSync(join(dir, 'labs/multan/members/mover.yaml'), 'name: Mover\njoined: 2026-01-01\nroles: [{ role: member }]\nstatus: active\n');
    const again = await runFastAudit(dir, BROKEN_AS_OF, { rules, cacheEnv });
    expect(again.findings.filter((finding) => finding.rule === 'handle-once')).toEqual([]);
    expect(again.findings).toEqual(plain(dir));
  });

  it('loads nothing for a rule that judges only networks with a file it finds none of', async () => {
    const dir = testdir({ 'cil.yaml': 'network: Two labs\n', ...brokenLab('multan'), ...brokenLab('sukkur') });
    cache = mkdtempSync(join(tmpdir(), 'cil-cache-'));
    const onlyWithCodeowners: Rule = { ...handleOnce, reads: { network: ['member'], whenPresent: 'codeowners' } };
    const { findings } = await runFastAudit(dir, BROKEN_AS_OF, { rules: [onlyWithCodeowners], cacheEnv: { CIL_CACHE_DIR: cache } });
    expect(findings).toEqual([]);
    expect(readdirSync(cache)).toEqual([]);
  });

  it("judges a lab's README again when it changes, cache or no cache", async () => {
    const dir = testdir({ 'cil.yaml': 'network: Two labs\n', ...brokenLab('multan'), 'labs/multan/README.md': '# Multan\n' });
    cache = mkdtempSync(join(tmpdir(), 'cil-cache-'));
    const cacheEnv = { CIL_CACHE_DIR: cache };
    const readme = async () => (await runFastAudit(dir, BROKEN_AS_OF, { cacheEnv })).findings.filter((finding) => finding.file === 'labs/multan/README.md');
    expect(await readme()).toEqual([]);
    writeFileSync(join(dir, 'labs/multan/README.md'), '# Multan\n\nCall 0300-1234567\n');
    expect((await readme()).map((finding) => finding.rule)).toEqual(['personal-data']);
  });
});
