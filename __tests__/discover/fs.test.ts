import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/discover/fs-uploads');

describe('fs', () => {
  it('finds reads and writes with dynamic paths in handlers and exported code, not start-up reads', async () => {
    const { points, diagnostics } = await discover(fixture);
    expect(diagnostics).toEqual([]);
    const fsPoints = points.filter((p) => p.kind === 'fs');
    expect(fsPoints.map((p) => `${p.kind} ${p.library} ${p.key} ${p.location.file}:${p.location.line} ${p.service}`)).toEqual([
      'fs fs fs:read src/routes.ts:20 none',
      'fs fs fs:write src/exports.ts:11 none',
    ]);
    // Left out: the settings read at module load (config.ts), the template read at module load and the
    // __dirname-relative footer (templates.ts), mkdir, the script's main() that only module code calls (scripts/seed.ts),
    // and a `.env` file found by walking up folders (env.ts: a literal config file name joined to a directory).
    expect(fsPoints[0]!.details).toEqual({
      operations: ['createReadStream', 'readFile'],
      paths: ['$UPLOAD_DIR/avatars/*.png', '*'],
      calls: [
        { fn: 'readFile', file: 'src/routes.ts', line: 20, path: '*' },
        { fn: 'createReadStream', file: 'src/storage.ts', line: 15, path: '$UPLOAD_DIR/avatars/*.png' },
      ],
    });
    expect(fsPoints[1]!.details).toEqual({
      operations: ['createWriteStream', 'multer', 'multer.diskStorage', 'rename', 'unlink', 'writeFile'],
      paths: ['$UPLOAD_DIR', '$UPLOAD_DIR/avatars/*.png', '*', '*/*', '*/* → $EXPORT_DIR/*', 'uploads/tmp'],
      calls: [
        { fn: 'createWriteStream', file: 'src/exports.ts', line: 11, path: '*/*' },
        { fn: 'rename', file: 'src/exports.ts', line: 18, path: '*/* → $EXPORT_DIR/*' },
        { fn: 'multer', file: 'src/routes.ts', line: 8, path: 'uploads/tmp' },
        { fn: 'multer.diskStorage', file: 'src/routes.ts', line: 10, path: '$UPLOAD_DIR' },
        { fn: 'unlink', file: 'src/routes.ts', line: 21, path: '*' },
        { fn: 'writeFile', file: 'src/storage.ts', line: 10, path: '$UPLOAD_DIR/avatars/*.png' },
        { fn: 'unlink', file: 'src/storage.ts', line: 19, path: '$UPLOAD_DIR/avatars/*.png' },
      ],
    });
  });
});
