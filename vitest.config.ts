import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    exclude: ['__tests__/fixtures/**', 'node_modules/**', '.tmp/**', '.demo/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
