import fs from 'node:fs';
import path from 'node:path';
const root = process.argv[2]!;
const { readOpenApi } = await import('./src/discover/openapi.ts');
const readText = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
for (const f of ['packages/cli/oas/medusa-oas-cli/oas/default.oas.base.yaml', 'www/apps/api-reference/specs/admin/openapi.full.yaml', 'www/apps/api-reference/specs/admin/openapi.yaml', 'www/apps/api-reference/specs/store/openapi.full.yaml', 'www/apps/api-reference/specs/store/openapi.yaml']) {
  const t = performance.now();
  const r = await readOpenApi({ root, files: [{ path: f, size: 1 }], readText, diagnostics: [] });
  console.log(f, Math.round(performance.now() - t), r.operations.length);
}
