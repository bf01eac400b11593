import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/audit/types.js';
import { auditFiles } from './network.js';
import type { Files } from './testdir.js';

export interface ExpectedFinding {
  file: string;
  line?: number | null;
  column?: number | null;
  /** A part of the message, or a pattern it matches. */
  message: string | RegExp;
  /** When it differs from the rule's default severity. */
  severity?: 'error' | 'warning' | 'info';
}

export interface RuleCases {
  valid: { name: string; files: Files; asOf?: string }[];
  invalid: { name: string; files: Files; asOf?: string; findings: ExpectedFinding[] }[];
}

/**
 * ESLint-style tables for one rule: each valid network gives no finding of the rule, each
 * invalid one gives exactly the findings listed, in order, with their places.
 */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(`rule ${rule.id}`, () => {
    it.each(cases.valid)('accepts $name', ({ files, asOf }) => {
      expect(auditFiles(files, [rule], asOf)).toEqual([]);
    });
    it.each(cases.invalid)('reports $name', ({ files, asOf, findings }) => {
      const found = auditFiles(files, [rule], asOf);
      expect(found.map(({ file, line, column }) => ({ file, line, column }))).toEqual(
        findings.map(({ file, line, column }, index) => ({
          file,
          line: line === undefined ? found[index]?.line : line,
          column: column === undefined ? found[index]?.column : column,
        })),
      );
      findings.forEach((expected, index) => {
        const finding = found[index];
        expect(finding?.rule).toBe(rule.id);
        expect(finding?.severity).toBe(expected.severity ?? rule.severity);
        if (typeof expected.message === 'string')
          expect(finding?.message).toContain(expected.message);
        else expect(finding?.message).toMatch(expected.message);
      });
    });
  });
}
