import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '@tianshan/db/database';
import { runWrite } from '@tianshan/db/write/step/run-write';
import { insertStep } from '@tianshan/db/write/step/step';
import type { Role } from '@tianshan/model';
import { createCaller } from './root';
import { createInnerTRPCContext, type Session } from './trpc';

export type Caller = ReturnType<typeof createCaller>;

/** A real router over `db` (a test database of either dialect), as `session`'s user or anonymous. */
export function callerOn(db: Database, session: Session | null = null): Caller {
  return createCaller(createInnerTRPCContext({ db, session }));
}

/**
 * Stores a user of `role` with a live session, the rows better-auth would hold after a sign-in, and
 * returns the session as the web app hands it to the context. A real row matters: user management
 * refuses unknown ids, and audit entries point at the user.
 */
export async function signedInAs(db: Database, role: Role): Promise<Session> {
  const id = randomUUID();
  const now = new Date();
  const user = { id, email: `${role}-${id.slice(0, 8)}@example.org`, name: `Test ${role}`, role };
  await runWrite(db, function* (w) {
    yield* insertStep(w.tables.users, {
      ...user,
      emailVerified: true,
      createdAt: now,
      updatedAt: now,
    });
    yield* insertStep(w.tables.sessions, {
      id: randomUUID(),
      token: randomBytes(24).toString('base64url'),
      userId: id,
      expiresAt: new Date(now.getTime() + 60 * 60 * 1000),
      createdAt: now,
      updatedAt: now,
    });
  });
  return { user };
}

/**
 * The router as a signed-in user of `role` (null: an anonymous reader) over `db`. Several callers may
 * share one database.
 */
export async function callerAs(
  db: Database,
  role: Role,
): Promise<{ caller: Caller; session: Session }>;
export async function callerAs(
  db: Database,
  role: null,
): Promise<{ caller: Caller; session: null }>;
export async function callerAs(db: Database, role: Role | null) {
  const session = role ? await signedInAs(db, role) : null;
  return { caller: callerOn(db, session), session };
}
