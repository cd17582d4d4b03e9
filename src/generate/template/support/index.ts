import type { Harness } from '../../types.js';
import { appSupport } from './app.js';
import type { SupportContext } from './context.js';
import { databaseSupport } from './database.js';
import { dataSupport } from './data.js';

export interface SupportFile {
  name: string;
  text: string;
}

/** The `_support/` files: the app (started by the framework's harness), test data, and a database per file when one is needed. */
export function supportFiles(ctx: SupportContext, harness: Harness, withDatabase: boolean): SupportFile[] {
  const ext = ctx.typescript ? 'ts' : 'js';
  const files = [
    { name: `app.${ext}`, text: appSupport(ctx, harness, withDatabase) },
    { name: `data.${ext}`, text: dataSupport(ctx) },
  ];
  if (withDatabase) files.push({ name: `database.${ext}`, text: databaseSupport(ctx) });
  return files;
}
