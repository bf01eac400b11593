import { defineConfig } from 'vitest/config';

// Two projects, so that what the slow tests cost shows apart: `unit` (every behaviour, in
// this process where it can be) and `slow` (comparisons of the fast audit with the plain
// one on large networks, fuzzing, and installing a fresh clone with npm, npx and pre-commit).
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/slow/**'] } },
      { extends: true, test: { name: 'slow', include: ['test/slow/**/*.test.ts'] } },
    ],
  },
});
