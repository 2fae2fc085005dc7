import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { investmentCoverageOf, sourceGradeOf } from '@tianshan/model';
import type { Db } from './client';
import { migrationsFolder } from './env';

export function migrateDatabase(db: Db, folder: string = migrationsFolder()): void {
  migrate(db, { migrationsFolder: folder });
  fillInvestmentCoverage(db);
  fillSourceGrades(db);
}

/**
 * Investment figures stored before they said what they cover get it from their wording, by the same
 * classifier new rows go through (SQL cannot run it, so the migration only adds the column).
 */
function fillInvestmentCoverage(db: Db): void {
  const client = db.$client;
  const missing = client
    .prepare('SELECT id, metric_label AS measured FROM investments WHERE coverage IS NULL')
    .all() as { id: number; measured: string }[];
  if (missing.length === 0) return;
  const fill = client.prepare('UPDATE investments SET coverage = ? WHERE id = ?');
  client.transaction(() => {
    for (const row of missing) fill.run(investmentCoverageOf(row.measured), row.id);
  })();
}

/** Sources stored before they had a grade get the one a new source would: from publisher and address. */
function fillSourceGrades(db: Db): void {
  const client = db.$client;
  const missing = client
    .prepare('SELECT id, title, publisher, url FROM sources WHERE grade IS NULL')
    .all() as { id: number; title: string; publisher: string | null; url: string | null }[];
  if (missing.length === 0) return;
  const fill = client.prepare('UPDATE sources SET grade = ? WHERE id = ?');
  client.transaction(() => {
    for (const row of missing) fill.run(sourceGradeOf(row), row.id);
  })();
}
