import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds dist/ before any test runs (incrementally: a second when nothing changed), so that
 * the tests that run the built cil in a process of its own never test an old build.
 */
export default function build(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.js', import.meta.url))], { stdio: 'inherit' });
}
