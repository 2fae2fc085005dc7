import { desc, sql } from 'drizzle-orm';
import { readerOf, type Database } from './reader/reader';
import { selectRows } from './reader/selection';

/** Every account for the admin's user list, newest first. */
export async function listUsers(db: Database) {
  const reader = readerOf(db);
  const { users } = reader.tables;
  return selectRows(
    reader,
    'users',
    {
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      createdAt: users.createdAt,
    },
    () => sql`FROM ${users} ORDER BY ${desc(users.createdAt)}`,
  );
}
