import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '@tianshan/db/write/audit';
import { role } from '@tianshan/model';
import type { AuthDatabase } from './auth-database';
import { hashPassword } from './password';
import { authStore } from './store/store-for';

export { DuplicateUserError } from './duplicate-user-error';

export const newUserInput = z.object({
  email: z.string().trim().toLowerCase().email('must be an email address').max(254),
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  role,
  password: z
    .string()
    .min(12, 'must be at least 12 characters')
    .max(128, 'must be at most 128 characters')
    .optional(),
});
export type NewUserInput = z.input<typeof newUserInput>;

/** A strong random password for a new account (printed once by the CLI, never stored in clear). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * Creates a user with an email + password credential in the shape better-auth reads, and writes the audit
 * entry in the same transaction. Returns the password (generated when none was given).
 */
export async function createUser(
  db: AuthDatabase,
  input: NewUserInput,
  actor: Actor = { userId: null, label: 'command line' },
) {
  const data = newUserInput.parse(input);
  const password = data.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const id = randomUUID();
  const now = new Date();
  await authStore(db).insertUser(
    {
      user: {
        id,
        email: data.email,
        name: data.name,
        role: data.role,
        emailVerified: true,
        createdAt: now,
        updatedAt: now,
      },
      account: {
        id: randomUUID(),
        accountId: id,
        providerId: 'credential',
        userId: id,
        password: passwordHash,
        createdAt: now,
        updatedAt: now,
      },
    },
    {
      actor,
      action: 'create',
      recordKind: 'user',
      recordId: id,
      after: { email: data.email, name: data.name, role: data.role },
    },
  );
  return { id, email: data.email, role: data.role, password };
}

/** Whether the database holds any account yet (the quick start creates its first admin only then). */
export function hasUsers(db: AuthDatabase): Promise<boolean> {
  return authStore(db).hasUsers();
}
