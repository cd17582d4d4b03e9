import type { ExportedClient } from '../../../discover/detectors/exported-clients.js';
import type { PoolExport } from '../../../discover/detectors/pg.js';
import type { HarnessContext } from '../../types.js';

/** What the `_support/` files need to know about the repository. */
export interface SupportContext extends HarnessContext {
  migrations: readonly string[];
  /** The app's pg pools, pool getters and close functions, as discovery found them. */
  pools: readonly PoolExport[];
  /** knex, Sequelize, TypeORM and Prisma instances the app exports. */
  clients: readonly ExportedClient[];
  /** The env variable the app reads its database URL from. */
  databaseEnv: string;
  /** Helpers of `_support/data` the tests' checks call, beyond the ones every file may use. */
  dataHelpers?: readonly 'fieldsOf'[];
  /** Some test uses `MISSING_UUID` (records with UUID ids): `_support/data` exports it. */
  missingUuid?: boolean;
}

/** `typed` in TypeScript support files, `plain` in JavaScript ones. */
export const t = (ctx: { typescript: boolean }, typed: string, plain = ''): string => (ctx.typescript ? typed : plain);
