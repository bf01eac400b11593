import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two sets of tests: `unit` (every behaviour, in this process where it can be), which `npm test`
// runs, and `slow` (comparisons of the fast audit with the plain one on large networks,
// fuzzing, and installing a fresh clone with npm, npx and pre-commit), which `npm run
// test:all` runs besides, as CI does.
//
// The unit test files of a worker share their modules (isolate: false): each file importing
// cil, vitest and the libraries afresh, and running them cold, cost half the suite's time.
// A file that mocks a module needs a module graph of its own, so it is in `unit-isolated`,
// which `npm test` runs with `unit`.
const ISOLATED = ['test/cli/declarations.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // A worker a core: vitest's default leaves one core free, which on a machine of two halves
    // the suite's speed (many tests wait on git or a process of the built cil, not on the CPU).
    maxWorkers: Math.max(2, availableParallelism()),
    // Modules compiled by an earlier run are read back, keyed on their text and vitest's
    // version and configuration, instead of compiled again.
    experimental: { fsModuleCache: true, fsModuleCachePath: 'node_modules/.cache/cil/vitest/' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/slow/**', ...ISOLATED], isolate: false } },
      { extends: true, test: { name: 'unit-isolated', include: ISOLATED } },
      { extends: true, test: { name: 'slow', include: ['test/slow/**/*.test.ts'] } },
    ],
  },
});
