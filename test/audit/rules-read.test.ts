import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/audit/rules/index.js';
import { compareFindings, runRules } from '../../src/audit/run-rules.js';
import { inLab, loadNetwork } from '../../src/network/load-network.js';
import { resolveSettings } from '../../src/network/settings.js';
import { BROKEN_AS_OF, brokenLab } from '../helpers/broken-labs.js';
import { testdir } from '../helpers/testdir.js';

// A rule that says it reads its lab must find the same in a network loaded whole as in each
// lab loaded on its own (with cil.yaml and the list of labs): the fast audit relies on it.

const dir = testdir({ 'cil.yaml': 'network: Two labs\n', ...brokenLab('multan'), ...brokenLab('sukkur') });
const labRules = RULES.filter((rule) => rule.reads === 'lab');
const whole = loadNetwork(dir);
const settings = resolveSettings(whole.config);
const labs = [...whole.labIds];

describe.each(labRules.map((rule) => [rule.id, rule] as const))('rule %s, which reads a lab', (_id, rule) => {
  const found = runRules(whole, settings, BROKEN_AS_OF, [rule]);

  it('finds something in each of the two labs (or the comparison proves little)', () => {
    for (const lab of labs) expect(found.filter((finding) => inLab(finding.file, [lab])).length, lab).toBeGreaterThan(0);
  });

  it('finds the same in the network loaded whole as lab by lab', () => {
    const byLab = labs.flatMap((lab) =>
      runRules(loadNetwork(dir, { labs: [lab] }), settings, BROKEN_AS_OF, [rule]).filter((finding) => inLab(finding.file, [lab])),
    );
    const outsideLabs = runRules(loadNetwork(dir, { labs: [] }), settings, BROKEN_AS_OF, [rule]);
    const outside = outsideLabs.filter((finding) => !inLab(finding.file, labs));
    expect([...byLab, ...outside].sort(compareFindings)).toEqual(found);
  });
});

it('every rule says what it reads', () => {
  for (const rule of RULES) expect(rule.reads === 'lab' || Array.isArray(rule.reads.network), rule.id).toBe(true);
});
