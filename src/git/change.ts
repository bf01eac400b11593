import { relative, sep } from 'node:path';
import { CliError } from '../errors.js';
import { type ChangedFile, changedPaths, mergeBase, resolveCommit, workTreeRoot } from './git.js';

/** Where a network repo sits in its git work tree. */
export interface NetworkInRepo {
  /** The work tree's top folder. */
  top: string;
  /** The network's folder from the top, '' when it is the top. */
  prefix: string;
}

/** The network's place in its git work tree, or undefined outside git. */
export async function networkInRepo(root: string): Promise<NetworkInRepo | undefined> {
  const top = await workTreeRoot(root);
  return top === undefined ? undefined : { top, prefix: relative(top, root).split(sep).join('/') };
}

/** A change between two commits, as a pull request is: from where the head left the base. */
export interface Change extends NetworkInRepo {
  base: string;
  head: string;
  /** The merge base: where the head's history left the base's. */
  since: string;
  files: ChangedFile[];
  /** A path of the work tree as the network names it, or undefined when it is outside the network. */
  inNetwork(path: string): string | undefined;
  /** A network path as the work tree names it. */
  inRepo(path: string): string;
}

/** How messages name what asked for a change: the command or option, and the options of its refs. */
export interface ChangeAsker {
  asker: string;
  base: string;
  head: string;
}

/**
 * The change from where `headRef` left `baseRef` (their merge base) to `headRef`, read with
 * git. Errors (no repository, an unknown ref, a shallow clone) are one sentence.
 */
export async function readChange(root: string, baseRef: string, headRef: string, flags: ChangeAsker): Promise<Change> {
  const place = await networkInRepo(root);
  if (place === undefined) throw new CliError(`${flags.asker} needs a git repository, and ${root} is not in one`);
  const { top, prefix } = place;
  const base = await resolveCommit(top, baseRef, flags.base);
  const head = await resolveCommit(top, headRef, flags.head);
  const since = await mergeBase(top, base, head, baseRef);
  const files = await changedPaths(top, since, head, prefix || undefined);
  return {
    top,
    prefix,
    base,
    head,
    since,
    files,
    inNetwork: (path) => (prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined),
    inRepo: (path) => (prefix === '' ? path : `${prefix}/${path}`),
  };
}
