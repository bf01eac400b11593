import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/audit/rules/index.js';

// The audit cache keeps the findings of rules not marked `dated` across days (engine.ts):
// a rule that reads the day judged and is not marked would be served stale findings.
describe('rules that judge as of a day', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s is marked dated exactly when it reads asOf', (_, rule) => {
    expect(Boolean(rule.dated)).toBe(/\basOf\b/.test(String(rule.check)));
  });

  it('are some, not all', () => {
    const dated = RULES.filter((rule) => rule.dated).length;
    expect(dated).toBeGreaterThan(0);
    expect(dated).toBeLessThan(RULES.length);
  });
});
