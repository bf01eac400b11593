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
  files: ListedFile[];
  /** Every folder directly under `labs/`, by id. */
  labDirs: string[];
}

const isHidden = (name: string) => name.startsWith('.');

/**
 * Lists what `cil` looks at in a network repo: `cil.yaml` and everything under `labs/`.
 * Symbolic links are listed but never followed, and folders the layout does not have are
 * listed but not entered, so a hostile repo cannot lead the walk outside or deep inside.
 */
export function listNetworkFiles(root: string): Listing {
  const files: ListedFile[] = [];
  const labDirs: string[] = [];

  const add = (path: string, entry: EntryType) => {
    const classified = classifyPath(path);
    files.push({
      path,
      ...classified,
      kind: entry === 'file' ? classified.kind : 'unknown',
      entry,
    });
  };

  // depth: 1 for labs/, 2 for a lab folder, 3 for a record folder.
  const walk = (path: string, depth: number) => {
    for (const child of readdirSync(join(root, ...path.split('/')), { withFileTypes: true })) {
      if (isHidden(child.name)) continue;
      const childPath = `${path}/${child.name}`;
      const entry = entryType(root, childPath, child) ?? 'special';
      const entersLayout
        = entry === 'folder' && (depth === 1 || (depth === 2 && child.name in RECORD_FOLDERS));
      if (!entersLayout) {
        add(childPath, entry);
        continue;
      }
      if (depth === 1) labDirs.push(child.name);
      walk(childPath, depth + 1);
    }
  };

  const config = entryType(root, 'cil.yaml');
  if (config !== undefined) add('cil.yaml', config);
  if (entryType(root, CODEOWNERS) === 'file') add(CODEOWNERS, 'file');
  const labs = entryType(root, 'labs');
  if (labs === 'folder') walk('labs', 1);
  else if (labs !== undefined) add('labs', labs);

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  labDirs.sort();
  return { files, labDirs };
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
