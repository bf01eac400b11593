import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The unit test files of a worker share their modules: a module one file mocks would stay
// mocked for the next, or not be mocked at all when an earlier file loaded it. Such a file
// must be listed in vitest.config.ts to run with modules of its own.

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const testFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === 'test/slow' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });

/** The files vitest.config.ts lists as needing modules of their own. */
const isolated = () => {
  const list = /const ISOLATED = \[([^\]]*)\]/.exec(readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8'))?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((match) => match[1] as string);
};

it('a unit test file that mocks a module is one that vitest runs with modules of its own', () => {
  const mocking = testFiles('test').filter((path) => /\bvi\.(?:mock|doMock)\(/.test(readFileSync(join(ROOT, path), 'utf8')));
  expect(mocking.length).toBeGreaterThan(0);
  expect(isolated().sort()).toEqual(mocking.sort());
});
