import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { CIL_BIN, runCli } from '../helpers/cli.js';
import { testIo } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { member, project } from '../helpers/records.js';
import { testdir } from '../helpers/testdir.js';

const dir = networkDir({
  ...member('sara-malik', '2026-11-02'),
  ...project('toilet-finder', 'name: Toilet Finder\nstatus: discovery\nstarted: 2026-09-01\n'),
});

/**
 * What `cil __complete` offers for the words after `cil`, the last one being completed: what
 * the completion scripts ask of it as the user types, run in this process as the shell would
 * run it (nothing on stderr, exit 0).
 */
async function offers(words: string[], cwd = dir): Promise<string[]> {
  const io = testIo(cwd);
  expect(await main(['__complete', '--', ...words], io)).toBe(0);
  expect(io.err()).toBe('');
  return io.out().split('\n').filter((line) => line !== '');
}

/**
 * What bash offers for each line of words, through the script `cil completion bash` prints,
 * sourced in a real bash that calls the built cil through a `cil` on PATH. One bash for all the
 * lines: each completion starts a cil, as it does for a user.
 */
function bashOffers(lines: { words: string[]; cwd: string }[]): string[][] {
  const bin = testdir({});
  writeFileSync(join(bin, 'cil'), `#!/bin/sh\nexec "${process.execPath}" "${CIL_BIN}" "$@"\n`);
  chmodSync(join(bin, 'cil'), 0o755);
  const script = [
    'source <(cil completion bash)',
    ...lines.map(({ words, cwd }) => {
      const quoted = ['cil', ...words].map((word) => `'${word}'`).join(' ');
      return `cd '${cwd}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length}; _cil_complete; printf '%s\\n' "\${COMPREPLY[@]}"; echo '<end>'`;
    }),
  ].join('\n');
  const run = spawnSync('bash', ['-c', script], { env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` }, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.split('<end>\n').slice(0, -1).map((block) => block.split('\n').filter((line) => line !== ''));
}

describe('cil completion', () => {
  it('completes commands, then a group\'s commands', async () => {
    expect(await offers([''])).toEqual(['audit', 'status', 'show', 'init', 'lab', 'member', 'event', 'project', 'partner', 'citizen', 'report', 'export', 'site', 'review', 'codeowners', 'schemas', 'completion']);
    expect(await offers(['export', ''])).toEqual(['ics', 'csv', 'json']);
    expect(await offers(['export', 'csv', 'a'])).toEqual(['attendance']);
    expect(await offers(['mem'])).toEqual(['member']);
    expect(await offers(['member', ''])).toEqual(['add', 'list', 'edit', 'warn', 'offboard', 'reinstate', 'leave']);
  });

  it('completes the ids an argument names, read from the repository', async () => {
    expect(await offers(['member', 'warn', ''])).toEqual(['lahore']);
    expect(await offers(['member', 'warn', 'lahore', ''])).toEqual(['ayesha-khan', 'sara-malik']);
    expect(await offers(['member', 'warn', 'lahore', 's'])).toEqual(['sara-malik']);
    expect(await offers(['project', 'close', 'lahore', ''])).toEqual(['toilet-finder']);
    expect(await offers(['partner', 'edit', 'lahore', ''])).toEqual(['pitb']);
    expect(await offers(['lab', 'edit', '--status', 'd'])).toEqual(['dormant']);
    // Outside any network repo there are no ids to offer, and nothing is printed on stderr.
    expect(await offers(['member', 'warn', ''], tmpdir())).toEqual([]);
  });

  it('completes a command\'s flags, global ones included, and the choices of a flag\'s value', async () => {
    const flags = await offers(['event', 'add', 'lahore', '--']);
    expect(flags).toEqual(expect.arrayContaining(['--title', '--kind', '--dry-run', '--commit', '--repo', '--as-of', '--help']));
    expect(await offers(['event', 'add', 'lahore', '--kind', 'hack'])).toEqual(['hack-night', 'hackathon']);
    expect(await offers(['init', '--province', ''])).toContain('Khyber Pakhtunkhwa');
    expect(await offers(['audit', '--fail-on', ''])).toEqual(['error', 'warning']);
    expect(await offers(['lab', 'list', '--format', ''])).toEqual(['table', 'json']);
  });

  it('follows -C to the repository named', async () => {
    expect(await offers(['-C', dir, 'member', 'warn', 'lahore', ''], tmpdir())).toEqual(['ayesha-khan', 'sara-malik']);
  });

  it('offers in bash what cil __complete gives: the words before the cursor passed, a candidate a line (spaces kept)', async () => {
    const lines = [
      { words: ['mem'], cwd: dir },
      { words: ['member', 'warn', 'lahore', ''], cwd: dir },
      { words: ['member', 'warn', 'lahore', 's'], cwd: dir },
      { words: ['init', '--province', ''], cwd: dir },
      { words: ['event', 'add', 'lahore', '--kind', 'hack'], cwd: dir },
      { words: ['member', 'warn', ''], cwd: tmpdir() },
    ];
    const expected = await Promise.all(lines.map(({ words, cwd }) => offers(words, cwd)));
    expect(expected[3]).toContain('Khyber Pakhtunkhwa');
    expect(bashOffers(lines)).toEqual(expected);
  });

  it('prints a script for each shell, and refuses another shell (exit 2)', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) expect((await runCli(['completion', shell], { cwd: dir })).stdout).toMatch(/cil __complete -- /);
    const other = await runCli(['completion', 'powershell'], { cwd: dir });
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/bash, zsh, fish/);
  });
});
