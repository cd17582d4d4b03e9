/** Joins route prefixes as frameworks serve them: `/api` + `/orders/:id` → `/api/orders/:id`. */
export function joinPaths(...parts: string[]): string {
  const joined = parts
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== '/')
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/** `:id` and `{id}` style parameters, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)|\{([A-Za-z0-9_]+)\}/g)].map((m) => (m[1] ?? m[2])!);
}

const AUTH = /auth|guard|jwt|passport|session|login|protect|permission|role|token|apikey|api_key|requireuser|ensureuser|bearer|acl|admin/i;

/** The middleware names that look like authentication or authorisation guards. */
export function authNames(names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => n && AUTH.test(n)))];
}
