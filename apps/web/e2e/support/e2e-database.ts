import Database from 'better-sqlite3';
import { openPostgres } from '@tianshan/db/postgres/client';

/**
 * Rows of a read-only statement on the database the e2e server uses: PostgreSQL when the run has a
 * `DATABASE_URL`, else the SQLite file `E2E_DB`. Parameters are written `$1, $2 …` for both; a count
 * should say `CAST(count(*) AS INTEGER)`, which both databases return as a number.
 */
export async function e2eRows<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const db = openPostgres(url, { max: 1, applicationName: 'tianshan-e2e' });
    try {
      return (await db.$client.query(text, params)).rows as T[];
    } finally {
      await db.$client.end();
    }
  }
  const db = new Database(process.env.E2E_DB, { readonly: true });
  // better-sqlite3 binds `?` in order: each `$n` becomes one, bound to the n-th value.
  const bound = [...text.matchAll(/\$(\d+)/g)].map((m) => params[Number(m[1]) - 1]);
  try {
    return db.prepare(text.replace(/\$\d+/g, '?')).all(...bound) as T[];
  } finally {
    db.close();
  }
}
