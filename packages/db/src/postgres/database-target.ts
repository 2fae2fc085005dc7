import { databasePath } from '../env';

export type DatabaseTarget =
  { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/**
 * Which database a process opens: `DATABASE_URL` when it is a postgres:// (or postgresql://) URL, otherwise
 * the SQLite file (`TIANSHAN_DB`, or the quick start's `data/tianshan.db`). Any other `DATABASE_URL` is
 * refused rather than ignored, so a typo never lands writes in a SQLite file nobody reads.
 */
export function databaseTarget(): DatabaseTarget {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return { dialect: 'sqlite', file: databasePath() };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url };
  throw new Error(
    'DATABASE_URL must be a postgres:// or postgresql:// URL; leave it unset to use SQLite (TIANSHAN_DB)',
  );
}
