import 'server-only';
import { getSessionCookie } from 'better-auth/cookies';
import { cache } from 'react';
import type { Session } from '@tianshan/api';
import { role as roleSchema } from '@tianshan/model';
import { getAuth } from './auth';

/**
 * Resolves the signed-in user from the request's cookies. Anonymous readers are viewers (null session).
 * Once per request while a page renders: the layout's menu, the tRPC caller and the page itself all ask,
 * and for an editor each asking was a database read (React's `cache` keys on this request's headers).
 */
export const getSession = cache(async function getSession(
  headers: Headers,
): Promise<Session | null> {
  // No session cookie, no session: an anonymous reader skips better-auth's endpoint (about half a
  // millisecond of every uncached page).
  if (!getSessionCookie(headers)) return null;
  const result = await (await getAuth()).api.getSession({ headers });
  if (!result) return null;
  const parsed = roleSchema.safeParse((result.user as { role?: unknown }).role);
  return {
    user: {
      id: result.user.id,
      email: result.user.email,
      name: result.user.name,
      role: parsed.success ? parsed.data : 'viewer',
    },
  };
});
