import type { Role } from '@tianshan/model';
import { mutate, sessionCookie } from './http';
import { uniqueTag } from './unique';
import type { E2eUser } from './users';

// One sign-in per worker is enough to create any number of users.
let adminCookie: Promise<string> | undefined;

/**
 * A user of `role` that only the calling spec knows, created through user management as the shared admin.
 * Specs that count what a user did (the audit trail) use their own users, so another worker signed in
 * as the shared accounts cannot change the count.
 */
export async function createOwnUser(role: Role): Promise<E2eUser & { id: string }> {
  const tag = uniqueTag();
  const user = { email: `${role}-${tag}@e2e.test`, password: `e2e ${role} password ${tag}`, role };
  const { id } = await mutate(
    'users.create',
    { email: user.email, name: `${role} ${tag}`, role, password: user.password },
    await (adminCookie ??= sessionCookie('admin')),
  );
  return { ...user, id: String(id) };
}
