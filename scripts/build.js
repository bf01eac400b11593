// `npm run compile`: dist/ from src/, then the schemas compiled into standalone validators and
// the built-in templates precompiled. dist/ is committed, so that installing cil from git (npm,
// npx, pre-commit) needs no build and no dev dependency; a test checks that the committed
// dist/ is the build of the committed sources. The npm script is not called `build` (nor
// `prepare`, `prepack`, `install`): npm prepares a git dependency that has one of those, with its
// dev dependencies, and a global install of it from git then ends with no package at all. The
// TypeScript step is incremental (dist/.tsbuildinfo, not committed), so a build with nothing
// changed takes a second; the test suite builds first, every time, so that no test runs against
// an old dist/. Files in dist/ whose source is gone are removed. Nothing is printed on stdout:
// what the compiler says goes to stderr.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const node = (...args) => execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 2, 2] });
const generated = new Set(['schema/validators.js', 'reports/built-in-templates.js', 'site/built-in-templates.js']);
const walk = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? walk(path) : [path];
      })
    : [];
const built = () => walk(dist).filter((path) => path.endsWith('.js') && !generated.has(relative(dist, path)));

// The incremental state knows what the compiler last wrote, not what git has written since
// (a checkout, a merge): when a file in dist/ is newer than it, build everything again.
const buildInfo = join(dist, '.tsbuildinfo');
if (existsSync(buildInfo)) {
  const since = statSync(buildInfo).mtimeMs;
  if (built().some((path) => statSync(path).mtimeMs > since)) rmSync(buildInfo);
}
node(createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json');
for (const file of built()) {
  if (!existsSync(join(root, 'src', relative(dist, file).replace(/\.js$/, '.ts')))) rmSync(file);
}
node('scripts/compile-validators.js');
node('scripts/compile-templates.js');
