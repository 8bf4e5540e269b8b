import { defineConfig } from 'vitest/config';

/** Needs a fresh module graph: it watches the RegExp constructor while importing every source file. */
const FRESH_MODULES = ['test/robustness/regex-safety.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: 'threads',
    projects: [
      {
        extends: true,
        // Test files share each worker's module cache: compromise, the lexicons and the pipeline load once per
        // worker instead of once per file, which was most of the suite's time.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ['test/browser/**', ...FRESH_MODULES], isolate: false },
      },
      { extends: true, test: { name: 'fresh', include: FRESH_MODULES, isolate: true } },
    ],
  },
});
