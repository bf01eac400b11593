import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { branchedNetwork } from '../../helpers/branches.js';
import { runCli } from '../../helpers/cli.js';
import { commitAll, git } from '../../helpers/git.js';
import { BASE, networkDir } from '../../helpers/network.js';
import { member } from '../../helpers/records.js';
import { type Files, testdir, writeFiles } from '../../helpers/testdir.js';

// git's index and ignore rules are no file the loader reads: the rule must find the same on
// the fast path (with its cache, on a second run too) as on the plain one, and in a pull
// request's audit at both commits.

const IGNORED: Files = { '.gitignore': 'private/\n', 'private/contacts.csv': 'name,phone\n' };
/** Files moved into a folder. */
const inFolder = (folder: string, files: Files): Files => Object.fromEntries(Object.entries(files).map(([path, text]) => [`${folder}/${path}`, text]));
const ENGINES = [{}, { CIL_AUDIT_ENGINE: 'straightforward' }] as const;

/** This rule's findings as `file message`, the same on every path (fast twice, so once from the cache; plain), or the test fails. */
async function found(cwd: string, args: readonly string[] = []): Promise<string[]> {
  const runs = [];
  for (const env of [ENGINES[0], ENGINES[0], ENGINES[1]]) {
    const run = await runCli(['audit', '--format', 'json', ...args], { cwd, env });
    const { findings } = JSON.parse(run.stdout) as { findings: { rule: string; file: string; message: string }[] };
    runs.push(findings.filter((finding) => finding.rule === 'private-not-tracked').map((finding) => `${finding.file} ${finding.message}`));
  }
  expect(runs[1]).toEqual(runs[0]);
  expect(runs[2]).toEqual(runs[0]);
  return runs[0] ?? [];
}

/** A network committed in git, with these files. */
function inGit(files: Files): string {
  const dir = networkDir(files);
  commitAll(dir);
  return dir;
}

describe('rule private-not-tracked', () => {
  it('accepts a repository that ignores private/ and tracks nothing in it', async () => {
    expect(await found(inGit(IGNORED))).toEqual([]);
  });

  it('says nothing outside a git repository', async () => {
    expect(await found(networkDir({ 'private/contacts.csv': 'name,phone\n' }))).toEqual([]);
  });

  it('reports a private/ that git does not ignore', async () => {
    expect(await found(inGit({ '.gitignore': 'node_modules/\n' }))).toEqual([
      ".gitignore git does not ignore private/, where contact details are kept; add the line `private/` to the network's .gitignore and commit it",
    ]);
  });

  it('reports each file under private/ that git tracks, staged or committed, and forgets it once untracked, whatever the cache holds', async () => {
    const dir = inGit(IGNORED);
    expect(await found(dir)).toEqual([]);
    // Nothing the loader reads changes: only git's index.
    git(dir, 'add', '--force', '--', 'private/contacts.csv');
    expect(await found(dir)).toEqual([
      'private/contacts.csv git tracks private/contacts.csv, and nothing in private/ may be published; run `git rm --cached -- private/contacts.csv` (the file stays on your disk) and commit',
    ]);
    git(dir, 'commit', '--quiet', '-m', 'Oops');
    expect(await found(dir)).toHaveLength(1);
    git(dir, 'rm', '--cached', '--quiet', '--', 'private/contacts.csv');
    expect(await found(dir)).toEqual([]);
  });

  it('judges the network folder of a repository that holds more, with paths from the network', async () => {
    const top = testdir({ '.gitignore': 'private/\n', ...inFolder('net', { ...BASE, 'private/contacts.csv': 'name,phone\n' }) });
    commitAll(top);
    expect(await found(join(top, 'net'))).toEqual([]);
    git(top, 'add', '--force', '--', 'net/private/contacts.csv');
    expect(await found(join(top, 'net'))).toEqual([expect.stringMatching(/^private\/contacts\.csv git tracks private\/contacts\.csv/)]);
  });

  describe('in a pull request (--changed-since)', () => {
    const since = (dir: string) => found(dir, ['--changed-since', 'main']);

    it('reports a file the change tracks under private/', async () => {
      const dir = branchedNetwork(IGNORED, {});
      git(dir, 'add', '--force', '--', 'private/contacts.csv');
      git(dir, 'commit', '--quiet', '-m', 'Track contacts');
      expect(await since(dir)).toEqual([expect.stringMatching(/^private\/contacts\.csv git tracks/)]);
    });

    it('reports the change that stops ignoring private/ (and so tracks what is there)', async () => {
      expect(await since(branchedNetwork(IGNORED, { '.gitignore': 'node_modules/\n' }))).toEqual([
        expect.stringMatching(/^\.gitignore git does not ignore private\//),
        expect.stringMatching(/^private\/contacts\.csv git tracks/),
      ]);
    });

    it('leaves out a file tracked before the change, in a change elsewhere', async () => {
      const changed = inGit(IGNORED);
      git(changed, 'add', '--force', '--', 'private/contacts.csv');
      git(changed, 'commit', '--quiet', '-m', 'Tracked long ago');
      git(changed, 'branch', '-M', 'main');
      git(changed, 'checkout', '--quiet', '-b', 'change');
      writeFiles(changed, member('sara-malik', '2026-11-01'));
      git(changed, 'add', '--all');
      git(changed, 'commit', '--quiet', '-m', 'A member joins');
      expect(await found(changed)).toHaveLength(1);
      expect(await since(changed)).toEqual([]);
    });

    it('reports a change above the network folder that stops ignoring private/', async () => {
      // Only the .gitignore at the top ignores private/.
      const { '.gitignore': _own, ...network } = BASE;
      const top = testdir({ '.gitignore': 'private/\n', ...inFolder('net', network) });
      const dir = branchedNetwork({}, { '.gitignore': 'node_modules/\n' }, [], top);
      expect(await since(join(dir, 'net'))).toEqual([expect.stringMatching(/^\.gitignore git does not ignore private\//)]);
    });

    it('leaves out a private/ not ignored before the change, in a change outside the labs', async () => {
      const dir = branchedNetwork({ '.gitignore': 'node_modules/\n' }, { 'labs/README.md': '# Labs\n' });
      expect(await since(dir)).toEqual([]);
    });
  });
});
