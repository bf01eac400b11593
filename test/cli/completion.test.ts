import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CIL_BIN, runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';
import { member, project } from '../helpers/records.js';

// The completion scripts run in a real bash, calling the built cil through a `cil` on PATH.
const bin = mkdtempSync(join(tmpdir(), 'cil-bin-'));
writeFileSync(join(bin, 'cil'), `#!/bin/sh\nexec "${process.execPath}" "${CIL_BIN}" "$@"\n`);
chmodSync(join(bin, 'cil'), 0o755);
const dir = networkDir({
  ...member('sara-malik', '2026-11-02'),
  ...project('toilet-finder', 'name: Toilet Finder\nstatus: discovery\nstarted: 2026-09-01\n'),
});
const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };

/** What bash offers for the words after `cil`, the last one being completed. */
function bashOffers(words: string[], cwd = dir): string[] {
  const script = 'source <(cil completion bash)\nCOMP_WORDS=(cil "$@"); COMP_CWORD=$#; _cil_complete; printf \'%s\\n\' "${COMPREPLY[@]}"';
  const run = spawnSync('bash', ['-c', script, 'bash', ...words], { cwd, env, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter((line) => line !== '');
}

describe('cil completion', () => {
  it('completes commands, then a group\'s commands', () => {
    expect(bashOffers([''])).toEqual(['audit', 'status', 'show', 'init', 'lab', 'member', 'event', 'project', 'partner', 'citizen', 'report', 'export', 'site', 'review', 'codeowners', 'schemas', 'completion']);
    expect(bashOffers(['export', ''])).toEqual(['ics', 'csv', 'json']);
    expect(bashOffers(['export', 'csv', 'a'])).toEqual(['attendance']);
    expect(bashOffers(['mem'])).toEqual(['member']);
    expect(bashOffers(['member', ''])).toEqual(['add', 'list', 'edit', 'warn', 'offboard', 'reinstate', 'leave']);
  });

  it('completes the ids an argument names, read from the repository', () => {
    expect(bashOffers(['member', 'warn', ''])).toEqual(['lahore']);
    expect(bashOffers(['member', 'warn', 'lahore', ''])).toEqual(['ayesha-khan', 'sara-malik']);
    expect(bashOffers(['member', 'warn', 'lahore', 's'])).toEqual(['sara-malik']);
    expect(bashOffers(['project', 'close', 'lahore', ''])).toEqual(['toilet-finder']);
    expect(bashOffers(['partner', 'edit', 'lahore', ''])).toEqual(['pitb']);
    expect(bashOffers(['lab', 'edit', '--status', 'd'])).toEqual(['dormant']);
    // Outside any network repo there are no ids to offer, and nothing is printed on stderr.
    expect(bashOffers(['member', 'warn', ''], tmpdir())).toEqual([]);
  });

  it('completes a command\'s flags, global ones included, and the choices of a flag\'s value', () => {
    const flags = bashOffers(['event', 'add', 'lahore', '--']);
    expect(flags).toEqual(expect.arrayContaining(['--title', '--kind', '--dry-run', '--commit', '--repo', '--as-of', '--help']));
    expect(bashOffers(['event', 'add', 'lahore', '--kind', 'hack'])).toEqual(['hack-night', 'hackathon']);
    expect(bashOffers(['init', '--province', ''])).toContain('Khyber Pakhtunkhwa');
    expect(bashOffers(['audit', '--fail-on', ''])).toEqual(['error', 'warning']);
    expect(bashOffers(['lab', 'list', '--format', ''])).toEqual(['table', 'json']);
  });

  it('follows -C to the repository named', () => {
    expect(bashOffers(['-C', dir, 'member', 'warn', 'lahore', ''], tmpdir())).toEqual(['ayesha-khan', 'sara-malik']);
  });

  it('prints a script for each shell, and refuses another shell (exit 2)', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) expect((await runCli(['completion', shell], { cwd: dir })).stdout).toMatch(/cil __complete -- /);
    const other = await runCli(['completion', 'powershell'], { cwd: dir });
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/bash, zsh, fish/);
  });
});
