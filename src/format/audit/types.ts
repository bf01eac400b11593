import type { AuditResult, FailOn } from '../../commands/audit.js';

export interface FormatContext {
  /** Colour only on a terminal, and never with --no-color or NO_COLOR. */
  color: boolean;
  /**
   * The network repo's folder relative to the git work tree ('' when they are the same),
   * for formats that name files from the repository root (GitHub annotations, SARIF).
   */
  repoPrefix: string;
  /** cil's version, for SARIF's tool. */
  version: string;
  /**
   * `--fail-on` (default `error`, as the audit's): the formats that pass or fail (JUnit)
   * fail on the findings at or above it, as the exit code does.
   */
  failOn?: FailOn;
}

/** Turns an audit's result into the text printed on stdout. */
export type Formatter = (result: AuditResult, context: FormatContext) => string;

/** A network-relative path as the git repository names it. */
export const fromRepoRoot = (path: string, prefix: string) => (prefix === '' ? path : `${prefix}/${path}`);
