import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@tianshan/db/client';
import { sessions, users } from '@tianshan/db/schema';
import { createTestDatabase, type TestDatabase } from '@tianshan/db/testing';
import type { Role } from '@tianshan/model';
import { createCaller } from './root';
import { createInnerTRPCContext, type Session } from './trpc';

/** A real router over a fresh seeded SQLite file, as a given user (or anonymous). */
export function callerFor(
  session: Session | null = null,
  test: TestDatabase = createTestDatabase(),
) {
  return { caller: createCaller(createInnerTRPCContext({ db: test.db, session })), test };
}

/**
 * Stores a user of `role` with a live session, the rows better-auth would hold after a sign-in, and
 * returns the session as the web app hands it to the context. A real row matters: user management
 * refuses unknown ids, and audit entries point at the user.
 */
export function signedInAs(db: Db, role: Role): Session {
  const id = randomUUID();
  const now = new Date();
  const user = { id, email: `${role}-${id.slice(0, 8)}@example.org`, name: `Test ${role}`, role };
  db.insert(users)
    .values({ ...user, emailVerified: true, createdAt: now, updatedAt: now })
    .run();
  db.insert(sessions)
    .values({
      id: randomUUID(),
      token: randomBytes(24).toString('base64url'),
      userId: id,
      expiresAt: new Date(now.getTime() + 60 * 60 * 1000),
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return { user };
}

type TestCaller = ReturnType<typeof callerFor>;

/**
 * The router as a signed-in user of `role` (null: an anonymous reader), over `test` or a fresh seeded
 * database. Several callers may share one database: pass the same `test`.
 */
export function callerAs(role: Role, test?: TestDatabase): TestCaller & { session: Session };
export function callerAs(role: null, test?: TestDatabase): TestCaller & { session: null };
export function callerAs(role: Role | null, test: TestDatabase = createTestDatabase()) {
  const session = role ? signedInAs(test.db, role) : null;
  return { ...callerFor(session, test), session };
}
