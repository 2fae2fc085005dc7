import 'server-only';
import type { Session } from '@tianshan/api';

/** Resolves the signed-in user from request headers. Anonymous readers are viewers (null session). */
export async function getSession(_headers: Headers): Promise<Session | null> {
  return null;
}
