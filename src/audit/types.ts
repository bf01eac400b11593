import type { Settings } from '../network/settings.js';
import type { FileKind, Network } from '../network/types.js';
import type { Place } from '../schema/types.js';

export type Severity = 'error' | 'warning' | 'info';

/** One thing the audit found, where it is, and how to fix it. */
export interface Finding {
  /** The rule's stable id. */
  rule: string;
  severity: Severity;
  /** Relative to the network root, with forward slashes. */
  file: string;
  /** 1-based; null when the finding is about the file as a whole. */
  line: number | null;
  column: number | null;
  /** One sentence naming what is wrong and the fix. */
  message: string;
}

/** What a rule reports: a file, a place in it, and the message. Positions are computed later. */
export interface RuleReport extends Place {
  file: string;
  message: string;
  /**
   * For a rule whose findings differ in weight (a late report is a warning, a missing one
   * an error): this finding's severity. cil.yaml's `rules` still overrides it.
   */
  severity?: Severity;
}

export interface RuleContext {
  network: Network;
  settings: Settings;
  /** "Today" as YYYY-MM-DD in the network's time zone (`--as-of`). */
  asOf: string;
  report(finding: RuleReport): void;
}

/** A rule's help, kept with the rule it explains: docs/rules.md and SARIF are made from it. */
export interface RuleHelp {
  /** Why the rule matters: what goes wrong for a lab or the network without it. */
  why: string;
  /** How to fix what it finds. */
  fix: string;
  /** An example: a record it reports (or the part that matters), and what `cil audit` prints about it. */
  example: { file?: string; yaml?: string; finding: string };
}

export interface Rule {
  /** Stable id, also the module's file name. */
  id: string;
  /**
   * A name for people, in PascalCase, for tools that show one beside the id (SARIF); by
   * default the id in PascalCase (`InactiveMember`). A one-word id needs its own, as SARIF
   * wants the name to say more than the id.
   */
  name?: string;
  /** One sentence on what the rule checks, for the docs and SARIF. */
  description: string;
  /** The severity when cil.yaml's `rules` does not change it. */
  severity: Severity;
  /** What the rule's entry in docs/rules.md and SARIF's help say beyond the description. */
  help: RuleHelp;
  /**
   * What the rule reads. `lab`: one lab's files, cil.yaml, the list of labs and the
   * templates: the fast audit judges a lab with only these, and caches its findings on
   * them. `{ network: kinds }`: the files of these kinds in every lab, with cil.yaml and
   * the files outside the labs; it runs once over the whole network, its findings cached on
   * exactly those files, and, with `whenPresent`, only when the network has a file of that
   * kind (CODEOWNERS, an impact report), so that no network is loaded whole for a rule with nothing to judge.
   * That kind lies outside the labs, so a listing of no lab tells whether it is there.
   * With `git`, the rule reads what git says of `private/` too (`network.privateFolder`):
   * git's index and ignore rules are no file the loader reads, so such a rule's findings are
   * never cached; it runs on every audit, a few milliseconds.
   */
  reads: 'lab' | { network: readonly FileKind[]; whenPresent?: Extract<FileKind, 'codeowners' | 'config' | 'impact'>; git?: true };
  /**
   * The rule judges as of a day (`asOf`): its findings can change from one day to the next
   * with no file changed. The audit cache keeps the other rules' findings across days.
   */
  dated?: boolean;
  check(context: RuleContext): void;
}
