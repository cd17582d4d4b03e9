import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { isHttpPoint } from '../../src/model.js';
import { repoRoot } from '../helpers/workspace.js';

const nest = path.join(repoRoot, '__tests__/fixtures/stacks/nest-jest');

describe('a NestJS service with class-validator DTOs and e2e tests', () => {
  it('reads @Matches into the body schema as a pattern, and counts *.e2e-spec.ts files as tests', async () => {
    const discovery = await discover(nest);
    const createBook = discovery.points.filter(isHttpPoint).find((p) => p.key === 'POST /api/books')!;

    expect(createBook.details.body?.properties?.isbn).toMatchObject({
      type: 'string',
      pattern: '^(97[89])?\\d{9}[\\dX]$',
    });
    expect(discovery.testFiles).toContain('test/app.e2e-spec.ts');
  });
});
