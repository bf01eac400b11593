import type { AuditResult } from '../commands/audit.js';

export interface FormatContext {
  /** Colour only on a terminal, and never with --no-color or NO_COLOR. */
  color: boolean;
}

/** Turns an audit's result into the text printed on stdout. */
export type Formatter = (result: AuditResult, context: FormatContext) => string;
