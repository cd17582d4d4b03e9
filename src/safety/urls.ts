/** Service URLs may point only at this machine or at hosts the user named (`allowed-hosts`). */
export function checkServiceUrl(raw: string, allowedHosts: readonly string[], what: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${what} is not a URL ("${redact(raw)}"); give one such as postgres://postgres@127.0.0.1:5432/postgres.`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!isLoopback(host) && !allowedHosts.includes(host)) {
    throw new Error(
      `${what} points at "${host}", which is neither loopback nor in allowed-hosts; add it to allowed-hosts if it is a service container of this job.`,
    );
  }
  return url;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** A URL with its password replaced, for messages. */
export function redact(raw: string): string {
  return raw.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
