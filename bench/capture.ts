/**
 * Output capture: a child printing 200 MB through runProcess (which keeps the last 4 MiB), against
 * the same child with its output thrown away, so the cost of capturing shows apart from the printing.
 */
import { MAX_CAPTURE, runProcess } from '../src/run/process.js';

const SCRIPT = "const b = 'x'.repeat(1 << 20) + '\\n'; for (let i = 0; i < 200; i++) process.stdout.write(b);";

export async function run(): Promise<void> {
  const env = { PATH: process.env.PATH ?? '' };
  const plain = await runProcess('sh', ['-c', `"${process.execPath}" -e "${SCRIPT}" > /dev/null`], { cwd: process.cwd(), env });
  const captured = await runProcess(process.execPath, ['-e', SCRIPT], { cwd: process.cwd(), env });
  console.log('\n## output capture (200 MB printed; the last 4 MiB kept)');
  console.log(`  printed to /dev/null           ${Math.round(plain.durationMs)} ms`);
  console.log(
    `  captured by runProcess         ${Math.round(captured.durationMs)} ms (kept ${captured.stdout.length === MAX_CAPTURE ? '4 MiB' : `${captured.stdout.length} bytes`})`,
  );
}
