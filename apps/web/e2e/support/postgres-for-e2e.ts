import { startPostgresServer } from '@tianshan/db/testing/postgres-server';
import { copyIntoNewDatabase } from './postgres-copy';

/**
 * The e2e suite's PostgreSQL (test.sh's second Playwright run): a throwaway server whose database is a
 * `db:copy` of the seeded e2e SQLite file given as the argument (its e2e users included), as an operator
 * moves over. Prints `DATABASE_URL=…` once the copy is verified, then holds the server until it is told to
 * stop (SIGTERM, SIGINT); if this process dies another way, the server's watchdog deletes it.
 */
const from = process.argv[2];
if (!from) {
  console.error('usage: tsx e2e/support/postgres-for-e2e.ts <seeded sqlite file>');
  process.exit(2);
}
// Each web process opens a pool of up to 10: the shared server, two-servers' second process and a
// sign-in-hardening server of its own may all be up at once, beside the specs' own reads and copies.
const server = await startPostgresServer({ settings: { max_connections: '100' } });
const stop = () => {
  server.stop();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
try {
  const url = await copyIntoNewDatabase(server, 'tianshan_e2e', from);
  console.log(`DATABASE_URL=${url}`);
} catch (error) {
  console.error(`the e2e PostgreSQL database could not be made: ${String(error)}`);
  server.stop();
  process.exit(1);
}
// Nothing else keeps the event loop alive while holding: without this timer the process would end here.
setInterval(() => undefined, 60_000);
