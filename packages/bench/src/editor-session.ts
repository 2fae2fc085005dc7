import type { Db } from '@tianshan/db/client';
import { createUser } from '@tianshan/auth/users';
import { signInCookie } from './sign-in';

/**
 * A signed-in editor's session cookie: the account is created in the benchmark's own copy of the database
 * (the same function as `user:create`), then signed in over HTTP. Signed-in readers are never answered
 * from the response cache.
 */
export async function editorCookie(db: Db, serverUrl: string): Promise<string> {
  const user = await createUser(
    db,
    { email: `bench-editor-${Date.now()}@example.org`, name: 'Benchmark editor', role: 'editor' },
    { userId: null, label: 'benchmark' },
  );
  return signInCookie(serverUrl, { email: user.email, password: user.password });
}
