/**
 * Runs once before the server takes its first request. On PostgreSQL it opens the pool and applies any
 * pending migrations here, where it can await; SQLite opens on first use, synchronously, as it always did.
 * Not during `next build`: building needs no database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { databaseTarget } = await import('@tianshan/db/env');
  const url = process.env.DATABASE_URL ?? '';
  try {
    const target = databaseTarget();
    if (target.dialect !== 'postgres') return;
    const { openPostgresAtStart } = await import('./server/open-database');
    await openPostgresAtStart(target.url);
  } catch (error) {
    // Left to Next.js, a failure here prints a stack of minified code and the server stays up, failing
    // every request. The operator gets one line saying where and why (never the password), and an exit.
    const { connectFailure, redactUrl } = await import('@tianshan/db/postgres/connect-failure');
    console.error(`Tianshan cannot start: database ${redactUrl(url)}: ${connectFailure(error)}`);
    process.exit(1);
  }
}
