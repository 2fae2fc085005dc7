import 'server-only';
import type { Session } from '@tianshan/api';
import { role as roleSchema } from '@tianshan/model';
import { getAuth } from './auth';

/** Resolves the signed-in user from the request's cookies. Anonymous readers are viewers (null session). */
export async function getSession(headers: Headers): Promise<Session | null> {
  const result = await getAuth().api.getSession({ headers });
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
}
