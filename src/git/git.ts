import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CheckRepoActions, simpleGit } from 'simple-git';
import { CliError } from '../errors.js';
import type { PrivateFolder } from './private-folder.js';

// The one module that talks to git. Every value from the command line reaches git only
// as an argument after `--` or as the value of an option (`-m <message>`), never as an option.

/** Whether a folder is inside a git work tree. */
export async function isInsideWorkTree(dir: string): Promise<boolean> {
  try {
    return await simpleGit({ baseDir: dir }).checkIsRepo(CheckRepoActions.IN_TREE);
  } catch {
    return false;
  }
}

/**
 * `git init` in a folder, on branch `main` whatever git's default is here: the workflow
 * `cil init` writes runs on pushes to `main`.
 */
export async function initRepository(dir: string): Promise<void> {
  await simpleGit({ baseDir: dir }).init(['--initial-branch=main']);
}

/**
 * Checks, before anything is written, that a commit can be made in `dir`: it is inside a
 * git work tree and git knows who is committing.
 */
export async function assertCanCommit(dir: string, willInit = false): Promise<void> {
  if (!willInit && !(await isInsideWorkTree(dir))) {
    throw new CliError(`--commit needs a git repository, and ${dir} is not inside one; run \`git init\` there first, or leave out --commit`);
  }
  try {
    await simpleGit({ baseDir: willInit ? undefined : dir }).raw(['var', 'GIT_COMMITTER_IDENT']);
  } catch {
    throw new CliError('git does not know who you are, so it cannot commit; run `git config --global user.name "Your Name"` and `git config --global user.email you@example.org`, or leave out --commit');
  }
}

/**
 * Stages exactly these files (relative to `dir`) and commits only them: changes already
 * staged for other files stay staged and out of the commit. Returns the short commit id.
 * While another git command holds the index it waits a little; when git refuses (a hook
 * fails, the index stays locked) the files are unstaged again, and the error says what was
 * written and how to commit it.
 */
export async function commitFiles(
  dir: string,
  files: readonly string[],
  message: string,
  removed: readonly string[] = [],
): Promise<string> {
  const git = simpleGit({ baseDir: dir });
  // A removed file git never knew (written and not committed) has nothing to commit.
  const known = removed.length === 0 ? [] : (await git.raw(['ls-files', '--', ...removed])).split('\n').filter((path) => path !== '');
  const paths = [...files, ...known];
  try {
    await whileIndexLocked(() => git.raw(['add', '--', ...files]));
    if (known.length > 0) await whileIndexLocked(() => git.raw(['rm', '--cached', '--quiet', '--', ...known]));
    await whileIndexLocked(() => git.raw(['commit', '--quiet', '--only', '-m', message, '--', ...paths]));
  } catch (error) {
    await whileIndexLocked(() => git.raw(['reset', '--quiet', '--', ...paths]))
      .catch(() => whileIndexLocked(() => git.raw(['rm', '--cached', '--quiet', '--ignore-unmatch', '--', ...files])))
      .catch(() => undefined);
    const list = files.join(' ');
    const after = `${list} ${files.length === 1 ? 'is' : 'are'} written but not committed, and nothing is staged`;
    if (isIndexLocked(error)) {
      throw new CliError(`another git command is using this repository (its index.lock stayed for ${INDEX_WAIT_MS / 1000} seconds); ${after}: when it is done, run \`git add -- ${list}\` and \`git commit\``);
    }
    throw new CliError(`git refused the commit: ${gitOutput(error)}; ${after}: fix what git says, then run \`git add -- ${list}\` and \`git commit\``);
  }
  return (await git.raw(['rev-parse', '--short', 'HEAD'])).trim();
}

const INDEX_WAIT_MS = 10_000;
const isIndexLocked = (error: unknown) => /index\.lock'?: File exists/i.test(error instanceof Error ? error.message : String(error));

/** Runs a git command that takes the index, trying again while another git command holds its lock. */
async function whileIndexLocked<T>(run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isIndexLocked(error) || Date.now() - started > INDEX_WAIT_MS) throw error;
      await new Promise((retry) => setTimeout(retry, 50 + Math.random() * 100));
    }
  }
}

/** What git (or its hook) said, on one line and not too long. */
function gitOutput(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // eslint-disable-next-line no-control-regex -- a hook's colours and bells never reach the terminal
  const text = message.replace(/\s+/g, ' ').replace(/\u001b\[[0-9;]*[A-Za-z]|[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  return text.length > 300 ? `${text.slice(0, 299)}…` : text || 'it gave no reason';
}

/** The top folder of the git work tree holding `dir`, or undefined outside one. */
export async function workTreeRoot(dir: string): Promise<string | undefined> {
  try {
    return (await simpleGit({ baseDir: dir }).raw(['rev-parse', '--show-toplevel'])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The address of the remote `origin` of the repository holding `dir` (which may not exist
 * yet: its nearest folder that does is asked), or undefined: no repository, no such remote.
 */
export async function originUrl(dir: string): Promise<string | undefined> {
  let at = dir;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  try {
    return (await simpleGit({ baseDir: at }).raw(['remote', 'get-url', '--', 'origin'])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The commit a ref names. A ref from the command line reaches git only after
 * `--end-of-options`, and one that starts with `-` is refused outright.
 */
export async function resolveCommit(dir: string, ref: string, flag: string): Promise<string> {
  if (ref.startsWith('-') || ref.trim() === '') {
    throw new CliError(`${flag} takes a branch, tag or commit, and \`${ref}\` is none; name one like origin/main`);
  }
  try {
    const sha = (await simpleGit({ baseDir: dir }).raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    if (/^[0-9a-f]{40,64}$/.test(sha)) return sha;
  } catch {
    // Said below.
  }
  throw new CliError(`${flag} ${ref}: git knows no commit by that name; check the spelling (\`git branch -a\` lists branches) or fetch it first`);
}

/** Where two commits' histories meet; in a shallow clone that lacks it, says how to fetch it. */
export async function mergeBase(dir: string, base: string, head: string, ref: string): Promise<string> {
  const git = simpleGit({ baseDir: dir });
  try {
    // With no common ancestor git prints nothing and exits 1, which simple-git does not raise.
    const found = (await git.raw(['merge-base', base, head])).trim();
    if (!/^[0-9a-f]{40,64}$/.test(found)) throw new Error('no merge base');
    return found;
  } catch {
    const shallow = (await git.raw(['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true';
    throw new CliError(
      shallow
        ? `this is a shallow clone without the commit where the change left ${ref}; fetch the history first (\`git fetch --unshallow\`, or \`fetch-depth: 0\` for actions/checkout)`
        : `${ref} and HEAD share no history, so there is no change to compare`,
    );
  }
}

export interface ChangedFile {
  /** A added, M modified, D deleted, R renamed, C copied, T type changed. */
  status: string;
  /** Relative to the work tree's top. */
  path: string;
  /** For renames and copies: the old path. */
  from?: string;
}

/** The files that differ between two commits, renames detected, under an optional folder. */
export async function changedPaths(dir: string, base: string, head: string, folder?: string): Promise<ChangedFile[]> {
  const args = ['diff', '--name-status', '-z', '-M', base, head, '--'];
  if (folder) args.push(folder);
  const fields = (await simpleGit({ baseDir: dir }).raw(args)).split('\0').filter((field) => field !== '');
  const changes: ChangedFile[] = [];
  for (let index = 0; index < fields.length;) {
    const status = (fields[index++] ?? '').charAt(0);
    if (status === 'R' || status === 'C') {
      const from = fields[index++] ?? '';
      changes.push({ status, from, path: fields[index++] ?? '' });
    } else {
      changes.push({ status, path: fields[index++] ?? '' });
    }
  }
  return changes;
}

/** A file's text at a commit (path relative to the work tree root), or undefined if it had none. */
export async function fileAt(dir: string, commit: string, path: string): Promise<string | undefined> {
  try {
    return await simpleGit({ baseDir: dir, maxConcurrentProcesses: 4 }).raw(['show', `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}

/** Checks a commit out into a temporary work tree, runs `use` there, and removes it again. */
export async function withWorktree<T>(dir: string, commit: string, folder: string, use: (path: string) => Promise<T>): Promise<T> {
  const git = simpleGit({ baseDir: dir });
  await git.raw(['worktree', 'add', '--detach', '--quiet', folder, commit]);
  try {
    return await use(folder);
  } finally {
    await git.raw(['worktree', 'remove', '--force', folder]).catch(() => undefined);
  }
}

/** The files under a folder at a commit (paths relative to the work tree root). */
export async function filesAt(dir: string, commit: string, folder: string): Promise<string[]> {
  try {
    const listing = await simpleGit({ baseDir: dir }).raw(['ls-tree', '-r', '-z', '--name-only', commit, '--', folder]);
    return listing.split('\0').filter((path) => path !== '');
  } catch {
    return [];
  }
}

/** One entry of a commit's tree, as `git ls-tree -l` shows it. */
export interface TreeEntry {
  /** 100644 or 100755 a file, 120000 a symbolic link, 040000 a folder, 160000 a submodule. */
  mode: string;
  oid: string;
  /** In bytes, for files and links. */
  size?: number;
  /** Relative to the work tree's top. */
  path: string;
}

/**
 * The entries of a commit's tree at these paths (relative to the work tree's top): with
 * `recursive`, every file below them; else the paths themselves, or a folder's children when
 * its path ends with `/`. Paths are taken literally, never as patterns.
 */
export async function treeAt(dir: string, commit: string, paths: readonly string[], recursive: boolean): Promise<TreeEntry[]> {
  if (paths.length === 0) return [];
  const args = ['--literal-pathspecs', 'ls-tree', '-z', '-l', ...(recursive ? ['-r'] : []), commit, '--', ...paths];
  const entries: TreeEntry[] = [];
  for (const line of (await simpleGit({ baseDir: dir }).raw(args)).split('\0')) {
    // <mode> SP <type> SP <oid> SP+ <size or -> TAB <path>
    const match = /^(\d+) \w+ ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(line);
    if (!match) continue;
    const [, mode = '', oid = '', size = '-', path = ''] = match;
    entries.push({ mode, oid, path, ...(size === '-' ? {} : { size: Number(size) }) });
  }
  return entries;
}

/**
 * The contents of blobs, read in one `git cat-file --batch` (one process, however many),
 * by object id; an id git does not have is left out.
 */
export function blobsAt(dir: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  if (oids.length === 0) return Promise.resolve(blobs);
  return new Promise((resolve, reject) => {
    const batch = spawn('git', ['cat-file', '--batch'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let errors = '';
    batch.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    batch.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    batch.on('error', reject);
    batch.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file stopped with code ${code}: ${errors.trim()}`));
      const output = Buffer.concat(chunks);
      // Each object: "<oid> <type> <size>\n<size bytes>\n", or "<oid> missing\n".
      for (let at = 0; at < output.length;) {
        const end = output.indexOf(10, at);
        if (end === -1) break;
        const [oid = '', type, size] = output.subarray(at, end).toString('latin1').split(' ');
        at = end + 1;
        if (type === undefined || size === undefined) continue;
        const length = Number(size);
        blobs.set(oid, output.subarray(at, at + length));
        at += length + 1;
      }
      resolve(blobs);
    });
    batch.stdin.end(`${[...new Set(oids)].join('\n')}\n`);
  });
}

/**
 * What git says of `private/` in a network as a commit holds it, as it would say in a work
 * tree where the commit was just checked out: the files under it in the commit, and whether
 * the commit's .gitignore files on the way to it (with the repository's info/exclude and
 * core.excludesFile) cover it, asked of git in an empty folder holding only those files.
 */
export async function privateFolderAt(top: string, commit: string, prefix: string): Promise<PrivateFolder | undefined> {
  const inRepo = (path: string) => (prefix === '' ? path : `${prefix}/${path}`);
  const tracked = (await treeAt(top, commit, [inRepo('private/')], true))
    .filter((entry) => !entry.mode.startsWith('04'))
    .map((entry) => (prefix === '' ? entry.path : entry.path.slice(prefix.length + 1)))
    .sort();
  const folders = prefix === '' ? [''] : ['', ...prefix.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'))];
  const ignores = await treeAt(top, commit, folders.map((folder) => (folder === '' ? '.gitignore' : `${folder}/.gitignore`)), false);
  const blobs = await blobsAt(top, ignores.map((entry) => entry.oid));
  const gitDir = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: top, encoding: 'utf8' });
  if (gitDir.error || gitDir.status !== 0) return undefined;
  const folder = mkdtempSync(join(tmpdir(), 'cil-ignore-'));
  try {
    for (const entry of ignores) {
      const blob = blobs.get(entry.oid);
      if (blob === undefined) continue;
      mkdirSync(dirname(join(folder, entry.path)), { recursive: true });
      writeFileSync(join(folder, entry.path), blob);
    }
    const args = ['--git-dir', gitDir.stdout.trim(), '--work-tree', folder, 'check-ignore', '-q', '--no-index', '--', inRepo('private/')];
    const ignored = spawnSync('git', args, { cwd: folder, encoding: 'utf8' });
    if (ignored.error || (ignored.status !== 0 && ignored.status !== 1)) return undefined;
    return { tracked, ignored: ignored.status === 0 };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
