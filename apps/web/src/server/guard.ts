import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { Role } from '@tianshan/model';
import { getSession } from './session';

/**
 * Admin pages check the role on the server before rendering anything. (The mutations they call check it
 * again themselves; this only decides what to show.)
 */
export async function requireRole(allows: (role: Role) => boolean, here: string) {
  const session = await getSession(await headers());
  if (!session) redirect(`/sign-in?next=${encodeURIComponent(here)}`);
  return { session, allowed: allows(session.user.role) };
}
