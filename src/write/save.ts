import type { Finding } from '../audit/types.js';
import { CliError } from '../errors.js';
import { assertCanCommit, commitFiles, initRepository, isInsideWorkTree } from '../git/git.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { rendering } from '../reports/render.js';
import { loadTemplates } from '../reports/templates.js';
import { planProblems } from './audit-plan.js';
import { type PlannedFile, writeFiles } from './write-files.js';

/** What a writing command wants written, and how the change is told in its commit. */
export interface Plan {
  /** The network repo's folder. */
  root: string;
  files: PlannedFile[];
  /** The commit message, saying what happened. */
  message: string;
  /** Re-render the report documents of this lab that the change makes stale, and write them too. */
  refreshLab?: string;
  /** Run `git init` first when the folder is in no repository (a new network). */
  initGit?: boolean;
  /** Things the user should know that did not stop the command. */
  notes?: string[];
}

export interface WriteResult {
  root: string;
  /** Paths written, relative to the network root. */
  written: string[];
  commit?: { id: string; message: string };
  notes: string[];
}

/**
 * Writes a plan's files (never over existing ones unless a file says it replaces one) and,
 * with `commit`, commits exactly them. Everything that could stop the write or the commit is
 * checked before anything is written: what the audit would refuse in the files, and git.
 */
export async function save(plan: Plan, options: { commit?: boolean; asOf?: string }): Promise<WriteResult> {
  const { root, files } = plan;
  refuseWhatTheAuditWould(planProblems(root, files, options.asOf));
  const commit = options.commit === true;
  const needsInit = plan.initGit === true && !(await isInsideWorkTree(root));
  if (commit) await assertCanCommit(root, needsInit);
  writeFiles(root, files);
  if (needsInit) await initRepository(root);
  const written = files.map((file) => file.path);
  const notes = [...(plan.notes ?? [])];
  if (plan.refreshLab !== undefined) written.push(...refreshDocuments(root, plan.refreshLab, written, notes));
  if (!commit) return { root, written, notes };
  const id = await commitFiles(root, written, plan.message);
  return { root, written, notes, commit: { id, message: plan.message } };
}

/** Refuses, with the audit's own words, files the audit would find errors in. */
function refuseWhatTheAuditWould(problems: readonly Finding[]): void {
  const [first] = problems;
  if (!first) return;
  const where = first.line === null ? first.file : `${first.file}:${first.line}:${first.column}`;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more: the same check runs in \`cil audit\`)` : '';
  throw new CliError(`nothing was written: the audit would refuse it: ${where} ${first.rule}: ${first.message}${more}`);
}

/**
 * Re-renders the lab's report documents that the change made stale (a past event changes
 * that month's figures), so that the change and its documents land together and the
 * audit stays green.
 */
function refreshDocuments(root: string, lab: string, written: readonly string[], notes: string[]): string[] {
  const network = loadNetwork(root);
  const { toWrite, unrenderable } = rendering(network, resolveSettings(network.config), loadTemplates(root), lab);
  if (unrenderable) {
    notes.push(`The lab's report documents were not updated: ${unrenderable.record} cannot be rendered: ${unrenderable.problem}. Fix that, then run \`cil report render\`.`);
    return [];
  }
  const documents = toWrite.filter((document) => !written.includes(document.document));
  writeFiles(root, documents.map((document) => ({ path: document.document, text: document.text ?? '', replaces: true })));
  return documents.map((document) => document.document);
}
