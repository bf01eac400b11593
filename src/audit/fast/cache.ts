import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ListedFile } from '../../network/list-files.js';
import type { ReadResult } from '../../network/read-source.js';
import type { Finding, Rule } from '../types.js';

/**
 * A content-addressed cache of the findings of each part of a network (a lab, what lies
 * outside the labs, a rule that reads the whole network). The key is a hash of everything
 * the part's rules read: its files' paths and contents (cil.yaml among them), the rules,
 * the network's templates, the list of labs, and cil itself (its code, schemas and
 * built-in templates); the findings of rules that judge as of a day are kept under that
 * key and the day (`dayKey`). Any change to any of them is another key, so a hit gives
 * exactly the findings a run would.
 */
export interface LabCache {
  get(key: string): Finding[] | undefined;
  set(key: string, findings: Finding[]): void;
}

/** Entries unused this long are removed. */
const KEEP_DAYS = 14;

/** Where the cache lives: CIL_CACHE_DIR, else the user's cache folder; none with CIL_CACHE=off. */
function cacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.CIL_CACHE === 'off' || env.CIL_CACHE === '0') return undefined;
  return join(env.CIL_CACHE_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cil'), 'labs');
}

/** The cache, unless CIL_CACHE=off. */
export function openCache(env: Readonly<Record<string, string | undefined>>): LabCache | undefined {
  const dir = cacheDir(env);
  if (dir === undefined) return undefined;
  return {
    get(key) {
      const path = join(dir, `${key}.json`);
      try {
        const findings = JSON.parse(readFileSync(path, 'utf8')) as Finding[];
        const now = new Date();
        utimesSync(path, now, now);
        return findings;
      } catch {
        return undefined;
      }
    },
    set(key, findings) {
      try {
        mkdirSync(dir, { recursive: true });
        const temp = join(dir, `${key}.${process.pid}.tmp`);
        writeFileSync(temp, JSON.stringify(findings));
        renameSync(temp, join(dir, `${key}.json`));
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

/** Removes cache entries nobody used for two weeks. */
export function pruneCache(env: Readonly<Record<string, string | undefined>>): void {
  const dir = cacheDir(env);
  if (dir === undefined) return;
  const cutoff = Date.now() - KEEP_DAYS * 86_400_000;
  try {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
    }
  } catch {
    // Nothing to prune.
  }
}

let fingerprint: string | undefined;

/** A hash of cil's own code, schemas and built-in templates: a new cil is a new cache. */
function cilFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  // cil's code is the folder this module's tree grows from (dist/, or src/ in the tests).
  const code = fileURLToPath(new URL('../../', import.meta.url));
  for (const dir of [code, join(code, '../schemas'), join(code, '../templates')]) {
    for (const path of walk(dir)) hash.update(path).update(readFileSync(path));
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** The key of a part's findings: what it reads, and the rules that read it. */
export function partKey(
  shared: string,
  rules: readonly Rule[],
  files: readonly ListedFile[],
  read: ReadonlyMap<string, ReadResult>,
): string {
  const hash = createHash('sha256').update(shared);
  for (const rule of rules) hash.update('\0').update(rule.id);
  for (const file of files) {
    const result = read.get(file.path);
    hash.update('\0').update(file.path).update('\0').update(file.entry).update('\0');
    if (result) hash.update('text' in result ? result.text : `problem: ${result.problem.message}`);
  }
  return hash.digest('hex');
}

/** The key of a part's findings on one day, from the key of its files. */
export function dayKey(key: string, asOf: string): string {
  return createHash('sha256').update(key).update('\0').update(asOf).digest('hex');
}

/** What every part's key shares: cil, the network's templates and its labs. */
export function sharedKey(parts: readonly string[]): string {
  const hash = createHash('sha256').update(cilFingerprint());
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('hex');
}
