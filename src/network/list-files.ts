import { type Dirent, lstatSync, readdirSync, readlinkSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CODEOWNERS, classifyPath, RECORD_FOLDERS } from './layout.js';
import type { EntryType, FileKind } from './types.js';

export interface ListedFile {
  /** Relative to the network root, forward slashes. */
  path: string;
  kind: FileKind;
  lab?: string;
  id?: string;
  entry: EntryType;
}

export interface Listing {
  /** Every file, sorted by path. */
  files: ListedFile[];
  /** Every folder directly under `labs/`, by id, sorted. */
  labDirs: string[];
  /** The files of each lab folder, sorted by path. */
  byLab: Map<string, ListedFile[]>;
}

const isHidden = (name: string) => name.startsWith('.');
const byPath = (a: ListedFile, b: ListedFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Lists what `cil` looks at in a network repo: `cil.yaml` and everything under `labs/`
 * (with `labs`, the files of those labs alone, though every lab folder is still named).
 * Symbolic links are listed but never followed, and folders the layout does not have are
 * listed but not entered, so a hostile repo cannot lead the walk outside or deep inside.
 */
export function listNetworkFiles(root: string, labs?: readonly string[]): Listing {
  const files: ListedFile[] = [];
  const labDirs: string[] = [];
  const add = adder(files);
  const config = entryType(root, 'cil.yaml');
  if (config !== undefined) add('cil.yaml', config);
  if (entryType(root, CODEOWNERS) === 'file') add(CODEOWNERS, 'file');
  const folder = entryType(root, 'labs');
  if (folder === 'folder') walk(root, 'labs', 1, add, labDirs, labs);
  else if (folder !== undefined) add('labs', folder);
  files.sort(byPath);
  labDirs.sort();
  const byLab = new Map<string, ListedFile[]>(labDirs.map((lab) => [lab, []]));
  for (const file of files) if (file.lab !== undefined) byLab.get(file.lab)?.push(file);
  return { files, labDirs, byLab };
}

function adder(files: ListedFile[]) {
  return (path: string, entry: EntryType) => {
    const classified = classifyPath(path);
    files.push({ ...classified, path, kind: entry === 'file' ? classified.kind : 'unknown', entry });
  };
}

// depth: 1 for labs/, 2 for a lab folder, 3 for a record folder.
function walk(
  root: string,
  path: string,
  depth: number,
  add: (path: string, entry: EntryType) => void,
  labDirs: string[],
  only?: readonly string[],
): void {
  for (const child of readdirSync(join(root, ...path.split('/')), { withFileTypes: true })) {
    if (isHidden(child.name)) continue;
    const childPath = `${path}/${child.name}`;
    const entry = entryType(root, childPath, child) ?? 'special';
    const entersLayout = entry === 'folder' && (depth === 1 || (depth === 2 && child.name in RECORD_FOLDERS));
    if (!entersLayout) {
      add(childPath, entry);
      continue;
    }
    if (depth === 1) labDirs.push(child.name);
    if (depth === 1 && only && !only.includes(child.name)) continue;
    walk(root, childPath, depth + 1, add, labDirs);
  }
}

function entryType(root: string, path: string, dirent?: Dirent): EntryType | undefined {
  const absolute = join(root, ...path.split('/'));
  let stats: Dirent | Stats = dirent as Dirent;
  if (dirent === undefined) {
    try {
      stats = lstatSync(absolute);
    } catch {
      return undefined;
    }
  }
  if (stats.isSymbolicLink()) return leadsOutside(root, absolute) ? 'symlink-outside' : 'symlink';
  if (stats.isDirectory()) return 'folder';
  if (stats.isFile()) return 'file';
  return 'special';
}

function leadsOutside(root: string, link: string): boolean {
  try {
    const inside = relative(root, resolve(dirname(link), readlinkSync(link)));
    return (
      inside === '..' || inside.startsWith('../') || inside.startsWith('..\\') || isAbsolute(inside)
    );
  } catch {
    return true;
  }
}
