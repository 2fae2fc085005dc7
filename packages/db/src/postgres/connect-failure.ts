/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Why a connection (or the first statements on it) failed, in one line an operator can act on. */
export function connectFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'connection refused (is the server running on that port?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown host';
  if (code === 'ETIMEDOUT') return 'no answer (is the host reachable, and the port open?)';
  if (code === '3D000') return `${(error as Error).message} (create it first: createdb <name>)`;
  const message = (error as Error).message || code || String(error);
  return message.split('\n')[0] ?? message;
}
