// `npm run build`: dist/ from src/, then the schemas compiled into standalone validators and
// the built-in templates precompiled. The TypeScript step is incremental (dist/.tsbuildinfo),
// so a build with nothing changed takes a second; the test suite builds first, every time,
// so that no test runs against an old dist/. Files in dist/ whose source is gone are removed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = (...args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

node(createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json');
const generated = new Set(['schema/validators.js', 'reports/built-in-templates.js']);
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
for (const file of walk(join(root, 'dist')).filter((path) => path.endsWith('.js'))) {
  const path = relative(join(root, 'dist'), file);
  if (!generated.has(path) && !existsSync(join(root, 'src', path.replace(/\.js$/, '.ts')))) rmSync(file);
}
node('scripts/compile-validators.js');
node('scripts/compile-templates.js');
