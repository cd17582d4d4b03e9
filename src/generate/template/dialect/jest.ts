import type { Dialect } from '../../types.js';
import { expectDialect } from './vitest.js';

/**
 * Jest: its globals (typed by @types/jest), or imports from `@jest/globals` when the repository has that
 * package and not the global types.
 */
export function jestDialect(options: { globalsImport: boolean }): Dialect {
  return expectDialect('jest', options.globalsImport ? ["import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';"] : []);
}
