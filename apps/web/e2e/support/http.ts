import http from 'node:http';
import { e2eRows } from './e2e-database';
import { userOf, type E2eUser, type SharedUser } from './users';

/**
 * Raw HTTP for the security tests: node:http sends exactly the headers given (no automatic Content-Type,
 * any Origin), which a browser or a convenience client would not let us do.
 */
export const BASE_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Buffer,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // A path is asked of the shared server; a whole URL, of another one (a spec's own server).
    const req = http.request(
      /^https?:\/\//.test(path) ? path : `${BASE_URL}${path}`,
      {
        method,
        headers: {
          ...headers,
          ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
        },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (data += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }),
        );
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Signs in through better-auth's own endpoint and returns the session cookie header. */
export async function sessionCookie(who: SharedUser | E2eUser): Promise<string> {
  const user = userOf(who);
  const res = await raw(
    'POST',
    '/api/auth/sign-in/email',
    { 'content-type': 'application/json', origin: BASE_URL },
    JSON.stringify({ email: user.email, password: user.password }),
  );
  if (res.status !== 200)
    throw new Error(`sign-in as ${user.email} failed: ${res.status} ${res.body}`);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return cookies.map((c) => c.split(';')[0]).join('; ');
}

/** A tRPC mutation as the app sends it: same-origin JSON POST with the superjson envelope. */
export async function mutate(path: string, input: unknown, cookie: string) {
  const res = await raw(
    'POST',
    `/api/trpc/${path}`,
    { 'content-type': 'application/json', origin: BASE_URL, cookie },
    JSON.stringify({ json: input }),
  );
  const parsed = JSON.parse(res.body) as {
    result?: { data: { json: unknown } };
    error?: { json: { message: string } };
  };
  if (!parsed.result)
    throw new Error(`${path} failed (${res.status}): ${parsed.error?.json.message ?? res.body}`);
  return parsed.result.data.json as { id: number };
}

/**
 * Reads the e2e database directly (read-only) to prove that refused requests changed nothing: the audit
 * entries written by `userIds`. Other workers write at the same time, so a spec counts its own users'
 * entries, never the whole log.
 */
export async function auditCountBy(userIds: string[]): Promise<number> {
  const [row] = await e2eRows<{ count: number }>(
    `SELECT CAST(count(*) AS INTEGER) AS count FROM audit_log
      WHERE user_id IN (${userIds.map((_id, i) => `$${i + 1}`).join(', ')})`,
    userIds,
  );
  return row?.count ?? 0;
}
