import type { Role } from '@tianshan/model';

export interface E2eUser {
  email: string;
  password: string;
  role: Role;
  /** Known for users a spec created itself (own-users.ts). */
  id?: string;
}

/** Test-only accounts, created in the e2e database by support/create-users.ts before the server starts. */
export const E2E_USERS = {
  admin: { email: 'admin@e2e.test', password: 'e2e admin password 1', role: 'admin' },
  editor: { email: 'editor@e2e.test', password: 'e2e editor password 1', role: 'editor' },
  viewer: { email: 'viewer@e2e.test', password: 'e2e viewer password 1', role: 'viewer' },
} as const satisfies Record<string, E2eUser>;

export type SharedUser = keyof typeof E2E_USERS;

/** A shared account by name, or a user the spec created. */
export const userOf = (who: SharedUser | E2eUser): E2eUser =>
  typeof who === 'string' ? E2E_USERS[who] : who;
