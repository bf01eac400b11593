import { locateOffset, locatePath } from '../network/locate.js';
import type { Settings } from '../network/settings.js';
import type { Network } from '../network/types.js';
import { RULES } from './rules/index.js';
import type { Finding, Rule, RuleReport, Severity } from './types.js';

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  /** Files checked. */
  files: number;
}

/**
 * Runs every rule that cil.yaml does not turn off over a loaded network, and returns the
 * findings sorted by file and position, each with its line and column.
 */
export function runRules(
  network: Network,
  settings: Settings,
  asOf: string,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const findings: Finding[] = [];
  const texts = new Map(network.files.map((file) => [file.path, file.text]));
  for (const rule of rules) {
    const override = settings.severities[rule.id];
    if (override === 'off') continue;
    const report = (found: RuleReport) => {
      findings.push({
        rule: rule.id,
        severity: override ?? found.severity ?? rule.severity,
        file: found.file,
        ...place(found, texts.get(found.file)),
        message: found.message,
      });
    };
    rule.check({ network, settings, asOf, report });
  }
  return findings.sort(compareFindings);
}

const ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

/** Findings in reading order: by file, line and column, then in the order of the rules. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compare(a.file, b.file)
    || (a.line ?? 0) - (b.line ?? 0)
    || (a.column ?? 0) - (b.column ?? 0)
    || (ORDER.get(a.rule) ?? 0) - (ORDER.get(b.rule) ?? 0)
  );
}

export function summarize(findings: readonly Finding[], files: number): Summary {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info'), files };
}

// Positions are computed only for findings, so a clean file costs nothing here.
function place(found: RuleReport, text: string | undefined): Pick<Finding, 'line' | 'column'> {
  if (found.line !== undefined) return { line: found.line, column: found.column ?? 1 };
  if (text === undefined) return { line: null, column: null };
  if (found.offset !== undefined) return locateOffset(text, found.offset);
  if (found.path !== undefined) return locatePath(text, found.path, found.anchor);
  return { line: null, column: null };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
