import { eq, sql } from 'drizzle-orm';
import type { Role } from '@tianshan/model';
import type { Actor } from '../audit';
import { RecordNotFoundError } from '../errors';
import { auditStep } from './audit-step';
import { deleteStep, selectStep, updateStep, type Step } from './step';
import type { WriteDialect } from './write-dialect';

export interface UserRoleChange {
  id: string;
  role: Role;
  actor: Actor;
}

export interface UserDeletion {
  id: string;
  actor: Actor;
}

/** Gives a user another role; the audit entry keeps the role before and after. */
export function* setUserRoleStep(w: WriteDialect, change: UserRoleChange): Step<void> {
  const { users } = w.tables;
  const [before] = yield* selectStep(
    { role: users.role, email: users.email },
    sql`FROM ${users} WHERE ${eq(users.id, change.id)}${w.forUpdate}`,
  );
  if (!before) throw new RecordNotFoundError('user', change.id);
  yield* updateStep(users, { role: change.role, updatedAt: new Date() }, eq(users.id, change.id));
  yield* auditStep(w, {
    actor: change.actor,
    action: 'update',
    recordKind: 'user',
    recordId: change.id,
    before,
    after: { ...before, role: change.role },
  });
}

/** Users are the one thing deleted for real (their sessions go with them); their audit entries stay. */
export function* deleteUserStep(w: WriteDialect, deletion: UserDeletion): Step<void> {
  const { users, sessions } = w.tables;
  const [before] = yield* selectStep(
    { email: users.email, role: users.role },
    sql`FROM ${users} WHERE ${eq(users.id, deletion.id)}${w.forUpdate}`,
  );
  if (!before) throw new RecordNotFoundError('user', deletion.id);
  yield* deleteStep(sessions, eq(sessions.userId, deletion.id));
  yield* deleteStep(users, eq(users.id, deletion.id));
  yield* auditStep(w, {
    actor: deletion.actor,
    action: 'delete',
    recordKind: 'user',
    recordId: deletion.id,
    before,
  });
}
