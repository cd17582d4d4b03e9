/** Variables a test process must never see: tokens of the runner, the action's inputs, the LLM key. */
const SECRET_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ANTHROPIC_API_KEY',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
]);

export function scrubbedEnv(env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || SECRET_NAMES.has(name) || name.startsWith('INPUT_') || name.startsWith('ACTIONS_')) continue;
    out[name] = value;
  }
  return { ...out, ...extra };
}
