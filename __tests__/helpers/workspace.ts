import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const nodeBin = process.execPath;

/**
 * A scratch copy of a folder inside the repository (under .tmp/), so its imports of express, pg and
 * vitest resolve to this repository's node_modules, as they would in a user's installed checkout.
 */
export async function scratchCopy(source: string, name: string): Promise<string> {
  const dir = path.join(repoRoot, '.tmp', `${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  await fs.cp(source, dir, { recursive: true, filter: (src) => !src.includes('node_modules') && !src.includes('itw-report') });
  return dir;
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion (never through a shell) and collects what it printed. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The environment a GitHub runner gives a JavaScript action, with this test's inputs. */
export async function runnerEnv(
  workspace: string,
  inputs: Record<string, string>,
  extra: NodeJS.ProcessEnv = {},
): Promise<{ env: NodeJS.ProcessEnv; outputFile: string; summaryFile: string }> {
  const runnerTemp = path.join(workspace, '..', `${path.basename(workspace)}-runner-temp`);
  await fs.mkdir(runnerTemp, { recursive: true });
  const outputFile = path.join(runnerTemp, 'github_output');
  const summaryFile = path.join(runnerTemp, 'step_summary.md');
  const eventFile = path.join(runnerTemp, 'event.json');
  await Promise.all([
    fs.writeFile(outputFile, ''),
    fs.writeFile(summaryFile, ''),
    fs.writeFile(eventFile, JSON.stringify({ repository: { full_name: 'acme/orders' } })),
  ]);
  const base: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR']) if (process.env[name]) base[name] = process.env[name];
  const env: NodeJS.ProcessEnv = {
    ...base,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: 'http://127.0.0.1:9/unused',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...extra,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, outputFile, summaryFile };
}

/** GITHUB_OUTPUT's `name<<delimiter … delimiter` records as a map. */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/**
 * A scratch copy of a stack fixture (`__tests__/fixtures/stacks/NAME`), placed beside the fixtures (under
 * their .tmp/) so that its imports resolve to the fixtures' own node_modules; a fixture's nested
 * node_modules (a version that differs from the hoisted one, such as Express 4) is linked in.
 */
export async function stackCopy(name: string): Promise<string> {
  const stacks = path.join(repoRoot, '__tests__/fixtures/stacks');
  const source = path.join(stacks, name);
  const dir = path.join(stacks, '.tmp', `${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  await fs.cp(source, dir, { recursive: true, filter: (src) => !src.includes('node_modules') && !src.includes('itw-report') });
  const own = path.join(source, 'node_modules');
  if (
    await fs.stat(own).then(
      () => true,
      () => false,
    )
  )
    await fs.symlink(own, path.join(dir, 'node_modules'), 'dir');
  return dir;
}
