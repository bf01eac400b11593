import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layout shows the architecture only while it is kept: the top folders of src/ form
// layers (no two import each other, through any chain), and comments point at files that
// exist.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const sources = tracked.filter((path) => path.startsWith('src/') && path.endsWith('.ts'));

/** The top folder of src/ a source file is in, or undefined for a file directly in src/. */
const folderOf = (path: string) => {
  const parts = relative('src', path).split('/');
  return parts.length > 1 ? parts[0] : undefined;
};

/** Every module a source imports, statically, for its types, or on demand. */
function importsOf(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.[^'"]+)['"]/gm)].map((match) => match[1] as string);
  return specifiers.map((specifier) => normalize(join(dirname(path), specifier)).replace(/\.js$/, '.ts'));
}

/** The folder graph: which top folders of src/ import which others. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const path of sources) {
    const from = folderOf(path);
    if (from === undefined) continue;
    for (const target of importsOf(path)) {
      const to = folderOf(target);
      if (to === undefined || to === from) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** A cycle of the graph, as the folders along it, or undefined when there is none. */
function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the folders of src/', () => {
  it('import each other in layers, without a cycle', () => {
    const cycle = findCycle(folderGraph());
    expect(cycle, cycle && `a cycle of imports: ${cycle.join(' -> ')}`).toBeUndefined();
  });

  it('find a cycle when there is one (the check itself)', () => {
    expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set(['c'])]]))).toBeUndefined();
  });

  it('are read from the imports themselves', () => {
    // A sample the graph must hold: the commands use the writing layer, the audit the handbook.
    const graph = folderGraph();
    expect(graph.get('commands')).toContain('write');
    expect(graph.get('audit')).toContain('handbook');
    expect(graph.get('cli')).toContain('commands');
  });
});

describe('comments', () => {
  // Files outside the repository that comments may name: dependencies' modules and what the build writes.
  const built = new Set(['validators.js', 'built-in-templates.js', 'lab-worker.js']);
  const names = new Set(tracked.flatMap((path) => [basename(path), basename(path).replace(/\.ts$/, '.js')]));

  it('name only files that exist', () => {
    const missing: string[] = [];
    for (const path of tracked.filter((file) => /^(src|test|scripts|bench)\/.*\.(ts|js)$/.test(file))) {
      const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
      lines.forEach((line, index) => {
        const comment = /^\s*(?:\/\/|\/\*\*?|\*)(.*)$/.exec(line)?.[1];
        if (comment === undefined) return;
        for (const [name] of comment.matchAll(/\b[\w./-]*\w\.(?:ts|js|md)\b/g)) {
          if (name === 'Node.js' || name.includes('node_modules') || built.has(basename(name))) continue;
          const exists = existsSync(join(ROOT, name)) || existsSync(join(ROOT, dirname(path), name)) || names.has(basename(name));
          if (!exists) missing.push(`${path}:${index + 1} names ${name}`);
        }
      });
    }
    expect(missing).toEqual([]);
  });
});
