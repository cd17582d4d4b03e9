// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild: ESM, Node 24, heavy
// packages split into chunks loaded on first use, PGlite's WASM assets copied beside them.
import { build } from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// ITW_BUNDLE_DIR builds a private copy elsewhere (for work in progress); dist/ is what is committed.
const dist = process.env.ITW_BUNDLE_DIR ? path.resolve(process.env.ITW_BUNDLE_DIR) : path.join(root, 'dist');
const pkg = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8'));

await fs.rm(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __ITW_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS packages inside an ESM bundle still call require() and read __dirname.
  banner: {
    js: [
      "import { createRequire as __itwCreateRequire } from 'node:module';",
      "import { fileURLToPath as __itwFileURLToPath } from 'node:url';",
      "import { dirname as __itwDirname } from 'node:path';",
      'const require = __itwCreateRequire(import.meta.url);',
      'const __filename = __itwFileURLToPath(import.meta.url);',
      'const __dirname = __itwDirname(__filename);',
    ].join('\n'),
  },
  // ssh2's optional native speed-ups; it runs without them.
  external: ['cpu-features', '*.node'],
});

// PGlite finds its WASM and data files next to the module that loads it (a chunk).
const pglite = path.join(root, 'node_modules/@electric-sql/pglite/dist');
for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) {
  await fs.copyFile(path.join(pglite, asset), path.join(dist, 'chunks', asset));
}
const cli = path.join(dist, 'cli.js');
await fs.writeFile(cli, `#!/usr/bin/env node\n${(await fs.readFile(cli, 'utf8')).replace(/^#!.*\n/, '')}`);
await fs.chmod(cli, 0o755);
