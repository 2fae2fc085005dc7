import { databaseTarget } from '../env';

/**
 * The SQLite file a command that only knows SQLite works on. When `DATABASE_URL` names PostgreSQL it stops and
 * says what to do there instead: quietly changing the SQLite file would leave the database the app reads
 * untouched while the command reports success.
 */
export function sqliteFileFor(command: string, onPostgres: string): string {
  const target = databaseTarget();
  if (target.dialect === 'sqlite') return target.file;
  console.error(
    `${command} works on the SQLite file, but DATABASE_URL names PostgreSQL. ${onPostgres}`,
  );
  process.exit(2);
}
