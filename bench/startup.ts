/**
 * Cold start of the bundled entry points: the time from `node dist/…` to the first decision. The
 * action is given a bad input so it stops right after loading and parsing its configuration.
 */
import path from 'node:path';
import { ms, timeProcess } from './measure.js';

const root = path.resolve(import.meta.dirname, '..');

export async function run(): Promise<void> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  const bare = timeProcess(process.execPath, ['-e', '0'], env);
  const cli = timeProcess(process.execPath, [path.join(root, 'dist/cli.js'), '--version'], env);
  const action = timeProcess(process.execPath, [path.join(root, 'dist/index.js')], {
    ...env,
    'INPUT_FLAKE-RUNS': '0',
    GITHUB_OUTPUT: '/dev/null',
  });
  console.log('\n## startup (budget: dist/index.js under 300 ms)');
  console.log(`  node -e 0 (bare Node)          ${ms(bare)}`);
  console.log(`  node dist/cli.js --version     ${ms(cli)}`);
  console.log(`  node dist/index.js (to config) ${ms(action)}`);
}
