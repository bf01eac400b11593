import { blobsAt, privateFolderAt, type TreeEntry, treeAt } from '../git/git.js';
import type { PrivateFolder } from '../git/private-folder.js';
import { CODEOWNERS } from './layout.js';
import { type FileTree, type ListedFile, type Listing, linkType, listTree } from './list-files.js';
import { decodeSource, MAX_FILE_BYTES, oversized, type ReadResult } from './read-source.js';
import type { EntryType, TemplateFiles } from './types.js';

/** A network in a commit: the git work tree's top, the network's folder in it, the commit. */
export interface CommitPlace {
  top: string;
  /** The network's folder from the top, '' when it is the top. */
  prefix: string;
  commit: string;
}

/**
 * A network as a commit holds it, listed and read as its files on disk would be had the
 * commit been checked out at `root`, without checking it out: reading a few labs' objects
 * from git takes milliseconds, a checkout of the whole network seconds.
 */
export interface NetworkAtCommit {
  root: string;
  listing: Listing;
  /** The listed files that were asked for, read. */
  read: Map<string, ReadResult>;
  /** Its own templates/, which its documents were rendered with. */
  templates: TemplateFiles;
  /** What git says of its `private/` folder, as in a work tree where the commit was just checked out. */
  privateFolder?: PrivateFolder;
}

const TEMPLATES = 'templates/';

/** A network at a commit listed without its labs' files: cil.yaml, CODEOWNERS, what lies in labs/, its lab folders. */
export async function listAt(place: CommitPlace, root: string): Promise<Listing> {
  const entries = await treeAt(place.top, place.commit, top(place), false);
  return listTree(commitTree(root, entries.map((entry) => ({ ...entry, path: inNetwork(place, entry.path) })), new Map()), []);
}

/**
 * Lists a network at a commit (the files of `labs` alone, or of every lab) and reads the
 * files `select` picks, with its templates, in one batch from git. Files over the size a
 * record may have are not read, as on disk.
 */
export async function readNetworkAt(
  place: CommitPlace,
  root: string,
  options: { labs?: readonly string[]; select: (file: ListedFile) => boolean },
): Promise<NetworkAtCommit> {
  const below = [...(options.labs?.map((lab) => `labs/${lab}`) ?? ['labs']), TEMPLATES].map((path) => inRepo(place, path));
  const entries = [
    ...(await treeAt(place.top, place.commit, top(place), false)),
    ...(await treeAt(place.top, place.commit, below, true)),
  ].map((entry) => ({ ...entry, path: inNetwork(place, entry.path) }));
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  const links = entries.filter((entry) => entry.mode === LINK);
  const texts = await blobsAt(place.top, links.map((entry) => entry.oid));
  const targets = new Map(links.map((entry) => [entry.path, texts.get(entry.oid)?.toString('utf8')]));
  const listing = listTree(commitTree(root, entries, targets), options.labs);

  const wanted = listing.files.filter((file) => file.entry === 'file' && options.select(file));
  const templates = entries.filter((entry) => entry.path.startsWith(TEMPLATES) && isFile(entry.mode));
  const objects = [...wanted.flatMap((file) => byPath.get(file.path) ?? []), ...templates];
  // As on disk, a file over the size a record may have is not read.
  const blobs = await blobsAt(place.top, objects.filter((entry) => (entry.size ?? 0) <= MAX_FILE_BYTES).map((entry) => entry.oid));
  const read = new Map<string, ReadResult>();
  for (const file of wanted) {
    const blob = blobs.get(byPath.get(file.path)?.oid ?? '');
    read.set(file.path, blob === undefined ? oversized() : decodeSource(blob));
  }
  // In the order a folder on disk is read, which the templates' signature follows.
  const templateFiles = new Map<string, string>();
  for (const entry of templates.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const blob = blobs.get(entry.oid);
    if (blob !== undefined) templateFiles.set(entry.path.slice(TEMPLATES.length), blob.toString('utf8'));
  }
  return { root, listing, read, templates: templateFiles, privateFolder: await privateFolderAt(place.top, place.commit, place.prefix) };
}

/** What listTree needs first: cil.yaml, CODEOWNERS, and what `labs` is and holds. */
const top = (place: CommitPlace) => ['cil.yaml', CODEOWNERS, 'labs', 'labs/'].map((path) => inRepo(place, path));

const inRepo = (place: CommitPlace, path: string) => (place.prefix === '' ? path : `${place.prefix}/${path}`);
const inNetwork = (place: CommitPlace, path: string) => (place.prefix === '' ? path : path.slice(place.prefix.length + 1));
const isFile = (mode: string) => mode.startsWith('100');
const LINK = '120000';

/**
 * A commit's tree (entries with network-relative paths), as a checkout would put it on disk:
 * folders hold what is below them, a link leads where its text says, a submodule is a folder.
 */
function commitTree(root: string, entries: readonly TreeEntry[], targets: ReadonlyMap<string, string | undefined>): FileTree {
  const folders = new Map<string, Map<string, EntryType>>([['', new Map()]]);
  const put = (path: string, entry: EntryType) => {
    const cut = path.lastIndexOf('/');
    const parent = cut === -1 ? '' : path.slice(0, cut);
    if (!folders.has(parent)) put(parent, 'folder');
    folders.get(parent)?.set(path.slice(cut + 1), entry);
    if (entry === 'folder' && !folders.has(path)) folders.set(path, new Map());
  };
  for (const { path, mode } of entries) put(path, isFile(mode) ? 'file' : mode === LINK ? linkType(root, path, targets.get(path)) : 'folder');
  return {
    entry: (path) => {
      const cut = path.lastIndexOf('/');
      return path === '' ? 'folder' : folders.get(cut === -1 ? '' : path.slice(0, cut))?.get(path.slice(cut + 1));
    },
    children: (path) => [...(folders.get(path) ?? [])].map(([name, entry]) => ({ name, entry })),
  };
}
