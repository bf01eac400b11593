import { createHash, randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** Entries unused this long are removed. */
const KEEP_DAYS = 14;
/** A temporary file this old was left by a run that was killed. */
const TEMPORARY_KEEP_MS = 86_400_000;
// What the cache writes, and all that pruning ever removes: an entry, named by its key, and
// the temporary file an entry is written to first.
const ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
const TEMPORARY_NAME = /^[0-9a-f]{64}\.[0-9a-f]{12}\.tmp$/;
const FORMAT = 'cil-audit-cache/1';
/** An environment variable's value; an empty one is unset. */
const setting = (env, name) => (env[name]?.trim() ? env[name] : undefined);
/**
 * Where the cache lives: CIL_CACHE_DIR, else the user's cache folder; none with CIL_CACHE=off,
 * nor when a folder named is a relative path (it would land inside the network).
 */
function cacheDir(env) {
    if (env.CIL_CACHE === 'off' || env.CIL_CACHE === '0')
        return {};
    for (const name of ['CIL_CACHE_DIR', 'XDG_CACHE_HOME']) {
        const value = setting(env, name);
        if (value !== undefined && !isAbsolute(value)) {
            return { problem: `${name} is \`${value}\`, a relative path, and the cache needs an absolute one; the audit runs without its cache` };
        }
    }
    const base = setting(env, 'CIL_CACHE_DIR') ?? join(setting(env, 'XDG_CACHE_HOME') ?? join(homedir(), '.cache'), 'cil');
    return { dir: join(base, 'labs') };
}
/**
 * Makes a folder and its missing parents one at a time. (Node's recursive mkdirSync never
 * returns for some folders under /proc.)
 */
function makeFolder(dir) {
    const missing = [];
    for (let at = dir; !existsSync(at); at = dirname(at)) {
        if (dirname(at) === at)
            break;
        missing.unshift(at);
    }
    for (const folder of missing)
        mkdirSync(folder);
    if (!statSync(dir).isDirectory())
        throw new Error('not a folder');
    accessSync(dir, constants.R_OK | constants.W_OK);
}
/** Why the cache cannot be used (said once, by the command), or undefined when it can or is off. */
export function cacheProblem(env) {
    const { dir, problem } = cacheDir(env);
    if (problem !== undefined || dir === undefined)
        return problem;
    try {
        makeFolder(dir);
        return undefined;
    }
    catch (error) {
        const code = error.code ?? error.message;
        return `the cache folder ${dir} cannot be used (${code}); the audit runs without its cache (set CIL_CACHE_DIR to a folder you can write, or CIL_CACHE=off)`;
    }
}
/** The cache, unless CIL_CACHE=off; a folder that cannot be used only costs time. */
export function openCache(env) {
    const { dir } = cacheDir(env);
    if (dir === undefined)
        return undefined;
    let made = false;
    return {
        get(key) {
            const path = join(dir, `${key}.json`);
            try {
                const findings = entryFindings(JSON.parse(readFileSync(path, 'utf8')), key);
                if (!findings)
                    return undefined;
                const now = new Date();
                utimesSync(path, now, now);
                return findings;
            }
            catch {
                return undefined;
            }
        },
        set(key, findings) {
            try {
                if (!made)
                    makeFolder(dir);
                made = true;
                const temp = join(dir, `${key}.${randomBytes(6).toString('hex')}.tmp`);
                writeFileSync(temp, JSON.stringify({ format: FORMAT, key, sum: entrySum(key, findings), findings }));
                renameSync(temp, join(dir, `${key}.json`));
            }
            catch {
                // A cache that cannot be written only costs time.
            }
        },
    };
}
const SEVERITIES = new Set(['error', 'warning', 'info']);
const isPosition = (value) => value === null || (Number.isInteger(value) && value >= 1);
const isFinding = (value) => {
    if (typeof value !== 'object' || value === null)
        return false;
    const { rule, severity, file, line, column, message } = value;
    return typeof rule === 'string' && SEVERITIES.has(severity) && typeof file === 'string' && isPosition(line) && isPosition(column) && typeof message === 'string';
};
/**
 * The findings of an entry, when it is one the cache wrote under this key: anything else (a
 * truncated, foreign or hand-edited file, another key's entry) is ignored, and the part is
 * judged again and its entry replaced.
 */
function entryFindings(entry, key) {
    if (typeof entry !== 'object' || entry === null)
        return undefined;
    const { format, key: written, sum, findings } = entry;
    if (format !== FORMAT || written !== key || !Array.isArray(findings) || !findings.every(isFinding))
        return undefined;
    return sum === entrySum(key, findings) ? findings : undefined;
}
/** A checksum of an entry's findings under its key: an entry edited by hand no longer matches it. */
const entrySum = (key, findings) => createHash('sha256').update(key).update('\0').update(JSON.stringify(findings)).digest('hex');
/**
 * Removes entries nobody used for two weeks, and temporary files runs left: only files the
 * cache wrote, known by their names and, for entries, their contents.
 */
export function pruneCache(env) {
    const { dir } = cacheDir(env);
    if (dir === undefined)
        return;
    const now = Date.now();
    try {
        for (const name of readdirSync(dir)) {
            const path = join(dir, name);
            try {
                const age = now - statSync(path).mtimeMs;
                const stale = (TEMPORARY_NAME.test(name) && age > TEMPORARY_KEEP_MS)
                    || (ENTRY_NAME.test(name) && age > KEEP_DAYS * 86_400_000 && isOwnEntry(path, name));
                if (stale)
                    rmSync(path, { force: true });
            }
            catch {
                // Gone meanwhile, or unreadable: left alone.
            }
        }
    }
    catch {
        // Nothing to prune.
    }
}
const isOwnEntry = (path, name) => {
    try {
        return entryFindings(JSON.parse(readFileSync(path, 'utf8')), name.slice(0, -'.json'.length)) !== undefined;
    }
    catch {
        return false;
    }
};
let fingerprint;
/**
 * A hash of cil itself: its code, schemas and built-in templates, and the dependencies
 * installed beside it (a new licence list, or a new YAML parser, can change findings). A
 * new cil is a new cache. `code` is the folder this module's tree grows from (dist/, or src/
 * in the tests); cil's root is the folder above it.
 */
export function cilFingerprint(code = fileURLToPath(new URL('../../', import.meta.url))) {
    const own = code === fileURLToPath(new URL('../../', import.meta.url));
    if (own && fingerprint)
        return fingerprint;
    const root = dirname(code.replace(/[\\/]$/, ''));
    const hash = createHash('sha256');
    for (const dir of [code, join(root, 'schemas'), join(root, 'templates')]) {
        for (const path of walk(dir))
            hash.update(path).update(readFileSync(path));
    }
    for (const manifest of dependencyManifests(root))
        hash.update('\0').update(manifest);
    const digest = hash.digest('hex');
    if (own)
        fingerprint = digest;
    return digest;
}
/**
 * The package.json of each dependency cil names, as installed where Node finds it from cil's
 * root, and npm's record of everything installed there (node_modules/.package-lock.json).
 */
function dependencyManifests(root) {
    const read = (path) => {
        try {
            return readFileSync(path, 'utf8');
        }
        catch {
            return undefined;
        }
    };
    const ownManifest = read(join(root, 'package.json'));
    if (ownManifest === undefined)
        return [];
    const names = Object.keys(JSON.parse(ownManifest).dependencies ?? {}).sort();
    const folders = [];
    for (let at = root;; at = dirname(at)) {
        folders.push(join(at, 'node_modules'));
        if (dirname(at) === at)
            break;
    }
    const installed = names.map((name) => {
        for (const folder of folders) {
            const manifest = read(join(folder, ...name.split('/'), 'package.json'));
            if (manifest !== undefined)
                return `${name}\0${manifest}`;
        }
        return `${name}\0missing`;
    });
    return [...installed, read(join(root, 'node_modules', '.package-lock.json')) ?? ''];
}
function walk(dir) {
    return readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}
/** The key of a part's findings: what it reads, and the rules that read it. */
export function partKey(shared, rules, files, read) {
    const hash = createHash('sha256').update(shared);
    for (const rule of rules)
        hash.update('\0').update(rule.id);
    for (const file of files) {
        const result = read.get(file.path);
        hash.update('\0').update(file.path).update('\0').update(file.entry).update('\0');
        if (result)
            hash.update('text' in result ? result.text : `problem: ${result.problem.message}`);
    }
    return hash.digest('hex');
}
/** The key of a part's findings on one day, from the key of its files. */
export function dayKey(key, asOf) {
    return createHash('sha256').update(key).update('\0').update(asOf).digest('hex');
}
/** What every part's key shares: cil, the network's templates and its labs. */
export function sharedKey(parts) {
    const hash = createHash('sha256').update(cilFingerprint());
    for (const part of parts)
        hash.update('\0').update(part);
    return hash.digest('hex');
}
