import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { commitAll, git } from './git.js';
import { networkDir } from './network.js';
import { type Files, writeFiles } from './testdir.js';

/**
 * A network repo in git with `base` committed on main, then a branch `change` with `change`
 * committed on it (null deletes a file, and a folder it leaves empty, as a checkout of the
 * branch would have none; `renames` moves files first). Returns the folder.
 */
export function branchedNetwork(base: Files, change: Files, renames: [string, string][] = [], dir = networkDir(base)): string {
  commitAll(dir);
  git(dir, 'branch', '-M', 'main');
  git(dir, 'checkout', '--quiet', '-b', 'change');
  for (const [from, to] of renames) git(dir, 'mv', from, to);
  for (const [path, content] of Object.entries(change)) {
    if (content !== null) continue;
    rmSync(join(dir, path));
    for (let folder = dirname(path); folder !== '.' && readdirSync(join(dir, folder)).length === 0; folder = dirname(folder)) rmdirSync(join(dir, folder));
  }
  writeFiles(dir, change);
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'Change');
  return dir;
}
