import { post } from './crash/raw-http';

/**
 * Signs in through better-auth's own endpoint, as the sign-in form does (a same-origin JSON POST), and
 * returns the session's cookies as a Cookie header.
 */
export async function signInCookie(
  serverUrl: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const response = await post(
    `${serverUrl}/api/auth/sign-in/email`,
    { 'content-type': 'application/json', origin: serverUrl },
    JSON.stringify({ email: credentials.email, password: credentials.password }),
  );
  if (response.status !== 200)
    throw new Error(`sign-in as ${credentials.email} failed: ${response.status} ${response.body}`);
  const cookie = ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`sign-in as ${credentials.email} answered without a cookie`);
  return cookie;
}
