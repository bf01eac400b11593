import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { commitAll, git } from './git.js';
import { networkDir } from './network.js';
import { type Files, writeFiles } from './testdir.js';

/**
 * A network repo in git with `base` committed on main, then a branch `change` with `change`
 * committed on it (null deletes a file; `renames` moves files first). Returns the folder.
 */
export function branchedNetwork(base: Files, change: Files, renames: [string, string][] = [], dir = networkDir(base)): string {
  commitAll(dir);
  git(dir, 'branch', '-M', 'main');
  git(dir, 'checkout', '--quiet', '-b', 'change');
  for (const [from, to] of renames) git(dir, 'mv', from, to);
  for (const [path, content] of Object.entries(change)) {
    if (content === null) rmSync(join(dir, path));
  }
  writeFiles(dir, change);
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'Change');
  return dir;
}
