import { copyDatabase } from '@tianshan/db/postgres/copy/copy-database';
import { mismatchedTables } from '@tianshan/db/postgres/copy/report';
import { sharedPostgresServer, type PostgresServer } from '@tianshan/db/testing/postgres-server';

/**
 * A new database named after `name` on `server`, filled with `db:copy` from the SQLite `file` and verified;
 * returns its URL. Ordered by English rules, as a plain createdb makes a database: a read that forgets to
 * order text by code point shows a different order here than on SQLite.
 */
export async function copyIntoNewDatabase(
  server: PostgresServer,
  name: string,
  file: string,
): Promise<string> {
  const url = await server.createDatabase(name, { icuLocale: 'en-US' });
  const outcome = await copyDatabase({ from: file, to: url });
  if (!outcome.committed) throw new Error(`copy mismatch: ${mismatchedTables(outcome).join(', ')}`);
  return url;
}

/**
 * The same on the server the e2e database lives on (`sharedUrl`, started by `postgres-for-e2e.ts` with the
 * test role, which may create databases); each such database gets a name of its own.
 */
export function copyToNewPostgresDatabase(file: string, sharedUrl: string): Promise<string> {
  const server = sharedPostgresServer(Number(new URL(sharedUrl).port));
  return copyIntoNewDatabase(server, 'tianshan_own', file);
}
