import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    exclude: ['__tests__/fixtures/**', 'node_modules/**', '.tmp/**', '.demo/**'],
    globalSetup: ['__tests__/setup/stacks.ts'],
    // Most tests wait on subprocesses (runners, tsc) and PostgreSQL: two files at a time on two cores, not one.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
