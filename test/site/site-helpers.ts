import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** Every file under a folder, by path relative to it (forward slashes), with its text. */
export function readSite(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** Each file's modification time and inode, to tell which files a build wrote. */
export function stamps(dir: string): Map<string, string> {
  return new Map([...readSite(dir).keys()].map((path) => {
    const stat = statSync(join(dir, path));
    return [path, `${stat.ino}:${stat.mtimeMs}`];
  }));
}

/** The paths whose stamps differ between two snapshots, or that one of them lacks. */
export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}

/** The pages of a built site a reader reaches from one page by following links, staying inside a folder; the first page too. */
export function reachableFrom(site: Map<string, string>, from: string, within: string): string[] {
  const reached = [from];
  for (const path of reached) {
    for (const [, href = ''] of (site.get(path) ?? '').matchAll(/href="([^"#:]+)[^"]*"/g)) {
      const target = posix.normalize(posix.join(posix.dirname(path), href));
      if (target.startsWith(within) && site.has(target) && !reached.includes(target)) reached.push(target);
    }
  }
  return reached;
}
