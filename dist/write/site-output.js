import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CliError } from '../errors.js';
import { writeFiles } from './write-files.js';
/** The list of the files a site build wrote, kept in its folder: the only files a later build removes. */
export const SITE_MANIFEST = '.cil-site.json';
/** How many files are staged and put in place together: enough to be quick, few enough to keep memory flat. */
const BATCH = 500;
/**
 * The folder a site is written into, checked (see checkSiteFolder), with the files the last
 * build there wrote.
 */
export function openSiteFolder(networkRoot, cwd, out) {
    const dir = checkSiteFolder(networkRoot, resolve(cwd, out));
    return { dir, before: readManifest(dir) };
}
/**
 * Writes some of a site's files, one by one as they are made: a file whose bytes are those
 * already on disk is kept as it is (its time too, so a sync or a deploy sees no change), a
 * changed one is written through a temporary file renamed into place, so that whoever reads
 * the old file never sees half of the new one. A file that is not there yet is created
 * directly, as nobody can be reading it (a third fewer file operations than a temporary
 * file and a rename: a site's first build creates every file); a build stopped half-way
 * through one leaves it short, and the next build, which compares every file it makes with
 * the one on disk, writes it again. Threads may write different files of one site at once.
 */
export function writeSiteFiles(dir, files) {
    const result = { paths: [], written: 0, kept: 0 };
    const inside = insideCheck(dir);
    const folders = new Set();
    let batch = [];
    const flush = () => {
        if (batch.length > 0)
            writeFiles(dir, batch);
        batch = [];
    };
    for (const file of files) {
        result.paths.push(file.path);
        inside(file.path);
        const target = join(dir, file.path);
        const onDisk = compareOnDisk(target, file.text);
        if (onDisk === 'same') {
            result.kept += 1;
            continue;
        }
        result.written += 1;
        if (onDisk === 'absent' && createFile(target, file.text, folders))
            continue;
        batch.push({ path: file.path, text: file.text, replaces: true });
        if (batch.length >= BATCH)
            flush();
    }
    flush();
    return result;
}
/**
 * Creates a file that is not there, its folder first the first time; false when something
 * is there after all (made meanwhile), for the caller to replace it as a file that exists.
 */
function createFile(target, text, folders) {
    const folder = dirname(target);
    if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
    }
    try {
        writeFileSync(target, text, { encoding: 'utf8', flag: 'wx' });
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
/**
 * Ends a build: files an earlier build wrote (its manifest lists them) and this one did not
 * make are removed, and the manifest lists this build's; nothing else in the folder is ever
 * touched.
 */
export function finishSite(dir, before, parts) {
    const made = new Set(parts.flatMap((part) => part.paths));
    const sum = (count) => parts.reduce((total, part) => total + count(part), 0);
    const result = { out: dir, written: sum((part) => part.written), kept: sum((part) => part.kept), removed: 0 };
    const inside = insideCheck(dir);
    for (const path of before) {
        if (made.has(path) || !isInside(dir, join(dir, path)))
            continue;
        const target = join(dir, path);
        if (!existsSync(target))
            continue;
        inside(path);
        rmSync(target, { force: true });
        result.removed += 1;
        removeEmptyFolders(dir, dirname(target));
    }
    const manifest = `${JSON.stringify({ files: [...made].sort() }, null, 1)}\n`;
    if (!sameOnDisk(join(dir, SITE_MANIFEST), manifest))
        writeFiles(dir, [{ path: SITE_MANIFEST, text: manifest, replaces: true }]);
    return result;
}
/**
 * The site's folder, refused where writing or removing files could harm records: the network
 * itself or a folder holding it, a folder inside its labs, templates or git, or a folder with
 * a network's records of its own.
 */
function checkSiteFolder(networkRoot, given) {
    // Where the folder really is, when it is a symbolic link (or lies behind one).
    const root = realpathSync(resolve(networkRoot));
    const dir = existsSync(given) ? realpathSync(given) : given;
    if (dir === root || isInside(dir, root))
        throw new CliError(`--out ${dir} is the network's own folder or holds it; give a folder for the site alone, such as _site`);
    for (const kept of ['labs', 'templates', '.git', 'private', '.cil']) {
        const folder = join(root, kept);
        if (dir === folder || isInside(folder, dir))
            throw new CliError(`--out ${dir} is inside the network's ${kept}/; give a folder for the site alone, such as _site`);
    }
    if (existsSync(dir)) {
        if (!lstatSync(dir).isDirectory())
            throw new CliError(`--out ${dir} is a file, not a folder`);
        if (holdsRecords(dir))
            throw new CliError(`--out ${dir} holds a network's records (cil.yaml or a lab.yaml); the site is never written over records`);
    }
    return given;
}
/**
 * A check that a file of the site stays inside its folder: that no folder on its way is a
 * symbolic link leading elsewhere (a repository could hold `_site/x` linking to its own
 * records, and a manifest naming a file there). Each folder is looked at once.
 */
function insideCheck(dir) {
    const real = existsSync(dir) ? realpathSync(dir) : dir;
    const checked = new Set();
    return (path) => {
        const folder = dirname(join(dir, path));
        if (checked.has(folder) || !existsSync(folder))
            return;
        const where = realpathSync(folder);
        if (where !== real && !isInside(real, where)) {
            throw new CliError(`${relative(dir, folder)} in the site's folder leads outside it (${where}), through a symbolic link; nothing there was written or removed`);
        }
        checked.add(folder);
    };
}
/** Whether a folder holds a network's records: its cil.yaml, or a lab's lab.yaml (a site has neither). */
function holdsRecords(dir) {
    if (existsSync(join(dir, 'cil.yaml')))
        return true;
    const labs = join(dir, 'labs');
    if (!existsSync(labs) || !lstatSync(labs).isDirectory())
        return false;
    return readdirSync(labs).some((lab) => existsSync(join(labs, lab, 'lab.yaml')));
}
const isInside = (parent, child) => {
    const path = relative(parent, child);
    return path !== '' && !path.startsWith('..') && !path.startsWith(sep) && !/^[a-z]:/i.test(path);
};
function readManifest(dir) {
    try {
        const { files } = JSON.parse(readFileSync(join(dir, SITE_MANIFEST), 'utf8'));
        return Array.isArray(files) ? files.filter((file) => typeof file === 'string' && !file.split('/').includes('..')) : [];
    }
    catch {
        return [];
    }
}
/** Whether a file holds exactly this text; its size is compared first, so most changed files are not read. */
function sameOnDisk(path, text) {
    return compareOnDisk(path, text) === 'same';
}
/** Whether a file holds exactly this text, another, or is not there (or is no file). */
function compareOnDisk(path, text) {
    // Without an exception for a file that is not there: a first build asks this of every file.
    let stat;
    try {
        stat = lstatSync(path, { throwIfNoEntry: false });
    }
    catch {
        return 'absent';
    }
    if (stat === undefined)
        return 'absent';
    if (!stat.isFile())
        return 'differs';
    if (stat.size !== Buffer.byteLength(text))
        return 'differs';
    try {
        return readFileSync(path, 'utf8') === text ? 'same' : 'differs';
    }
    catch {
        return 'differs';
    }
}
/** Removes the folders a removed page leaves empty, up to the site's folder. */
function removeEmptyFolders(dir, folder) {
    let current = folder;
    while (isInside(dir, current) && existsSync(current) && readdirSync(current).length === 0) {
        rmdirSync(current);
        current = dirname(current);
    }
}
