import { CliError } from '../errors.js';
import { assertCanCommit, commitFiles, initRepository, isInsideWorkTree } from '../git/git.js';
import type { Io } from '../io.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings, type Settings } from '../network/settings.js';
import type { LabFolder, Network } from '../network/types.js';
import { resolveAsOf } from '../calendar/today.js';
import type { Prompter } from '../prompt/prompter.js';
import { type PlannedFile, writeFiles } from '../write/write-files.js';

/** Options every writing command takes. */
export interface WritingOptions {
  cwd: string;
  repo?: string;
  io: Io;
  /** Never ask; a missing value is an error. */
  yes?: boolean;
  /** Replace a record that exists. */
  force?: boolean;
  /** Commit exactly the files written. */
  commit?: boolean;
  asOf?: string;
  /** Ask here instead of on the terminal (tests). */
  prompter?: Prompter;
}

export interface WriteResult {
  root: string;
  /** Paths written, relative to the network root. */
  written: string[];
  commit?: { id: string; message: string };
  /** Things the user should know that did not stop the command. */
  notes?: string[];
}

export interface OpenLab {
  root: string;
  network: Network;
  settings: Settings;
  lab: LabFolder;
  today: string;
}

/** Loads the network and finds a registered lab, or says which labs there are. */
export function openLab(options: WritingOptions, labId: string): OpenLab {
  const root = findNetworkRoot(options.cwd, options.repo);
  const network = loadNetwork(root);
  const settings = resolveSettings(network.config);
  const lab = network.labs.get(labId);
  if (!lab?.lab) {
    const known = [...network.labs.values()].filter((folder) => folder.lab).map((folder) => folder.id);
    throw new CliError(
      `there is no lab \`${labId}\` in this network${known.length ? ` (labs: ${known.join(', ')})` : ''}; register one with \`cil init\``,
    );
  }
  return { root, network, settings, lab, today: resolveAsOf(options.asOf, settings.timezone) };
}

/**
 * Writes the files (never over existing ones unless `force`) and, with `commit`, commits
 * exactly them. Everything that could stop the commit is checked before anything is
 * written. `initGit` runs `git init` first when the folder is in no repository.
 */
export async function saveFiles(
  root: string,
  files: PlannedFile[],
  options: Pick<WritingOptions, 'force' | 'commit'> & { message: string; initGit?: boolean; refreshLab?: string },
): Promise<WriteResult> {
  const needsInit = options.initGit === true && !(await isInsideWorkTree(root));
  if (options.commit) await assertCanCommit(root, needsInit);
  writeFiles(root, files, options.force);
  if (needsInit) await initRepository(root);
  const written = files.map((file) => file.path);
  const notes: string[] = [];
  if (options.refreshLab !== undefined) written.push(...(await refreshDocuments(root, options.refreshLab, written, notes)));
  if (!options.commit) return { root, written, notes };
  const id = await commitFiles(root, written, options.message);
  return { root, written, notes, commit: { id, message: options.message } };
}

/**
 * Re-renders the lab's report documents that the change made stale (a past event changes
 * that month's figures), so that the change and its documents land together and the
 * audit stays green.
 */
async function refreshDocuments(root: string, lab: string, written: readonly string[], notes: string[]): Promise<string[]> {
  const { reportRender } = await import('./report-render.js');
  try {
    const { changed } = await reportRender({ cwd: root, repo: root, lab });
    return changed.filter((path) => !written.includes(path));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    notes.push(`The lab's report documents were not updated: ${error.message}. Fix that, then run \`cil report render\`.`);
    return [];
  }
}
