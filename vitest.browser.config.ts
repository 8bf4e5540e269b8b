import { defineConfig } from 'vitest/config';

// The browser tests drive the system Chromium through playwright-core; they run apart from the unit suite.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
