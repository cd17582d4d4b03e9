import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    exclude: ['__tests__/fixtures/**', 'node_modules/**', '.tmp/**', '.demo/**'],
    globalSetup: ['__tests__/setup/stacks.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
