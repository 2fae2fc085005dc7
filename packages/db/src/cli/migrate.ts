import { openCommandDatabase } from '../command-database';
import { databaseTarget } from '../env';

/** Migrates the database `DATABASE_URL` (PostgreSQL) or `TIANSHAN_DB` (SQLite) names. */
try {
  const target = databaseTarget();
  const { close } = await openCommandDatabase('db:migrate');
  await close();
  console.log(
    target.dialect === 'postgres'
      ? 'migrated the PostgreSQL database DATABASE_URL names'
      : `migrated ${target.file}`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
