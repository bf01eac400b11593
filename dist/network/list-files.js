import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CODEOWNERS, classifyPath, NETWORK_REPORTS, RECORD_FOLDERS } from './layout.js';
const isHidden = (name) => name.startsWith('.');
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/**
 * Lists what `cil` looks at in a network repo: `cil.yaml`, the files of `reports/` and everything under `labs/`
 * (with `labs`, the files of those labs alone, though every lab folder is still named).
 * Symbolic links are listed but never followed, and folders the layout does not have are
 * listed but not entered, so a hostile repo cannot lead the walk outside or deep inside.
 */
export function listNetworkFiles(root, labs) {
    return listTree(folderOnDisk(root), labs);
}
/**
 * Lists a network's files as listNetworkFiles does, but of each lab folder only its lab
 * record (`lab.yaml`): what a command that needs only the labs' names and settings reads,
 * without walking every lab's records.
 */
export function listLabRecords(root) {
    const disk = folderOnDisk(root);
    const labFolder = /^labs\/[^/]+$/;
    return listTree({ entry: disk.entry, children: (path) => disk.children(path).filter((child) => !labFolder.test(path) || child.name === 'lab.yaml') });
}
/** Lists a network's files as listNetworkFiles does, from a folder on disk or a commit's tree. */
export function listTree(tree, labs) {
    const files = [];
    const labDirs = [];
    const add = adder(files);
    const config = tree.entry('cil.yaml');
    if (config !== undefined)
        add('cil.yaml', config);
    if (tree.entry(CODEOWNERS) === 'file')
        add(CODEOWNERS, 'file');
    // The network's README is published with the repository: the audit looks for contact details in it.
    if (tree.entry('README.md') === 'file')
        add('README.md', 'file');
    const reports = tree.entry(NETWORK_REPORTS);
    // The network's own reports: the files directly in reports/, never a folder's inside.
    if (reports === 'folder') {
        for (const child of tree.children(NETWORK_REPORTS))
            if (!isHidden(child.name))
                add(`${NETWORK_REPORTS}/${child.name}`, child.entry);
    }
    else if (reports !== undefined)
        add(NETWORK_REPORTS, reports);
    const folder = tree.entry('labs');
    if (folder === 'folder')
        walk(tree, 'labs', 1, add, labDirs, labs);
    else if (folder !== undefined)
        add('labs', folder);
    files.sort(byPath);
    labDirs.sort();
    const byLab = new Map(labDirs.map((lab) => [lab, []]));
    for (const file of files)
        if (file.lab !== undefined)
            byLab.get(file.lab)?.push(file);
    return { files, labDirs, byLab };
}
function adder(files) {
    return (path, entry) => {
        const classified = classifyPath(path);
        files.push({ ...classified, path, kind: entry === 'file' ? classified.kind : 'unknown', entry });
    };
}
// depth: 1 for labs/, 2 for a lab folder, 3 for a record folder.
function walk(tree, path, depth, add, labDirs, only) {
    for (const child of tree.children(path)) {
        if (isHidden(child.name))
            continue;
        const childPath = `${path}/${child.name}`;
        const entersLayout = child.entry === 'folder' && (depth === 1 || (depth === 2 && child.name in RECORD_FOLDERS));
        if (!entersLayout) {
            add(childPath, child.entry);
            continue;
        }
        if (depth === 1)
            labDirs.push(child.name);
        if (depth === 1 && only && !only.includes(child.name))
            continue;
        walk(tree, childPath, depth + 1, add, labDirs);
    }
}
/** A network's folder on disk. */
function folderOnDisk(root) {
    return {
        entry: (path) => entryType(root, path),
        children: (path) => readdirSync(join(root, ...path.split('/')), { withFileTypes: true }).map((child) => ({
            name: child.name,
            entry: entryType(root, `${path}/${child.name}`, child) ?? 'special',
        })),
    };
}
function entryType(root, path, dirent) {
    const absolute = join(root, ...path.split('/'));
    let stats = dirent;
    if (dirent === undefined) {
        try {
            stats = lstatSync(absolute);
        }
        catch {
            return undefined;
        }
    }
    if (stats.isSymbolicLink()) {
        let target;
        try {
            target = readlinkSync(absolute);
        }
        catch {
            // A link that cannot be read is taken to lead outside.
        }
        return linkType(root, path, target);
    }
    if (stats.isDirectory())
        return 'folder';
    if (stats.isFile())
        return 'file';
    return 'special';
}
/**
 * A symbolic link at `path` (relative to the network at `root`) pointing at `target`: inside
 * the network, or leading outside it (also when its target is unknown).
 */
export function linkType(root, path, target) {
    if (target === undefined)
        return 'symlink-outside';
    const link = join(root, ...path.split('/'));
    const inside = relative(root, resolve(dirname(link), target));
    const outside = inside === '..' || inside.startsWith('../') || inside.startsWith('..\\') || isAbsolute(inside);
    return outside ? 'symlink-outside' : 'symlink';
}
