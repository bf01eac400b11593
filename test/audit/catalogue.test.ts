import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/audit/rules/index.js';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

describe('the rule catalogue', () => {
  it('has unique ids', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s has its module, its test table and a README line',
    (id, rule) => {
      expect(existsSync(new URL(`src/audit/rules/${id}.ts`, root))).toBe(true);
      expect(existsSync(new URL(`test/audit/rules/${id}.test.ts`, root))).toBe(true);
      expect(readme).toMatch(new RegExp(`^\\| \`${id}\` +\\| ${rule.severity} +\\| .+ \\|$`, 'm'));
      expect(rule.description.length).toBeGreaterThan(20);
    },
  );

  it('lists no rule in the README that the audit does not have', () => {
    const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('## Development'));
    const listed = [...section.matchAll(/^\| `([a-z-]+)` +\|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});
