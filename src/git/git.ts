import { CheckRepoActions, simpleGit } from 'simple-git';
import { CliError } from '../errors.js';

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

/** `git init` in a folder. */
export async function initRepository(dir: string): Promise<void> {
  await simpleGit({ baseDir: dir }).init();
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
 */
export async function commitFiles(dir: string, files: readonly string[], message: string): Promise<string> {
  const git = simpleGit({ baseDir: dir });
  await git.raw(['add', '--', ...files]);
  await git.raw(['commit', '--quiet', '--only', '-m', message, '--', ...files]);
  return (await git.raw(['rev-parse', '--short', 'HEAD'])).trim();
}
