import { execFileSync } from 'node:child_process';

/** A fixed git identity for commits made in tests. */
export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Lead',
  GIT_AUTHOR_EMAIL: 'lead@example.org',
  GIT_COMMITTER_NAME: 'Test Lead',
  GIT_COMMITTER_EMAIL: 'lead@example.org',
};

/** Runs git in a folder of a test, with a fixed identity, and returns its output. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });
}

/** Makes a folder a git repository with everything in it committed. */
export function commitAll(dir: string, message = 'Start'): void {
  git(dir, 'init', '--quiet');
  git(dir, 'config', 'user.name', 'Test Lead');
  git(dir, 'config', 'user.email', 'lead@example.org');
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', message);
}
