import { relative, sep } from 'node:path';
import { CliError } from '../errors.js';
import { changedPaths, mergeBase, resolveCommit, workTreeRoot } from './git.js';
/** The network's place in its git work tree, or undefined outside git. */
export async function networkInRepo(root) {
    const top = await workTreeRoot(root);
    return top === undefined ? undefined : { top, prefix: relative(top, root).split(sep).join('/') };
}
/**
 * The change from where `headRef` left `baseRef` (their merge base) to `headRef`, read with
 * git. Errors (no repository, an unknown ref, a shallow clone) are one sentence.
 */
export async function readChange(root, baseRef, headRef, flags) {
    const place = await networkInRepo(root);
    if (place === undefined)
        throw new CliError(`${flags.asker} needs a git repository, and ${root} is not in one`);
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
