import { spawnSync } from 'node:child_process';

export interface Figures {
  min: number;
  median: number;
  max: number;
}

export function figures(values: readonly number[]): Figures {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
}

export const ms = (f: Figures): string => `median ${f.median.toFixed(0)} ms (min ${f.min.toFixed(0)}, max ${f.max.toFixed(0)})`;

/** Wall time of a whole process, `runs` times after one warm-up. */
export function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv, runs = 7): Figures {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    spawnSync(command, args, { env, stdio: 'ignore' });
    if (i > 0) samples.push(performance.now() - start);
  }
  return figures(samples);
}
