import { databaseTarget } from '../env';
import { openOwnedPostgres } from '../postgres/setup';
import { openOwnedDatabase } from '../setup';

/** Migrates the database `DATABASE_URL` (PostgreSQL) or `TIANSHAN_DB` (SQLite) names. */
try {
  const target = databaseTarget();
  if (target.dialect === 'postgres') {
    const db = await openOwnedPostgres(target.url, {
      max: 1,
      applicationName: 'tianshan db:migrate',
    });
    await db.$client.end();
    console.log('migrated the PostgreSQL database DATABASE_URL names');
  } else {
    openOwnedDatabase(target.file).$client.close();
    console.log(`migrated ${target.file}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
