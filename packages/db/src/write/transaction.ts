import { statSync } from 'node:fs';
import type { Db } from '../client';
import { preparedOnce } from '../prepared';
import { BUMP_WRITE_VERSION_SQL } from './write-version';

/** Above this the WAL is reset after a write, if no reader still needs its pages. */
const WAL_RESET_BYTES = 16 * 1024 * 1024;

/**
 * Every write: `BEGIN IMMEDIATE` takes the write lock up front, so two writers queue on the busy timeout
 * instead of one failing with SQLITE_BUSY half-way. After the commit the WAL is kept bounded: SQLite's
 * automatic checkpoint copies pages back but cannot rewind the WAL while readers keep overlapping, so
 * under steady reads it would grow without end. Each write bumps the write version (write-version.ts) in its
 * own transaction, so another process notices it.
 */
export function writeTransaction<T>(
  db: Db,
  work: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => T,
): T {
  const result = db.transaction(
    (tx) => {
      const value = work(tx);
      preparedOnce(db, 'bump write version', () =>
        db.$client.prepare(BUMP_WRITE_VERSION_SQL),
      ).run();
      return value;
    },
    { behavior: 'immediate' },
  );
  keepWalBounded(db);
  return result;
}

/**
 * A TRUNCATE checkpoint that never waits. With the busy handler on, it would hold the write lock while
 * waiting for every reader of older pages to finish — up to the whole busy timeout, on the only server
 * thread, with every other writer queued behind it. Without it, SQLite copies back what no reader needs,
 * rewinds the WAL if nobody reads from it, and otherwise leaves the rest to the next write.
 */
function keepWalBounded(db: Db): void {
  const sqlite = db.$client;
  let size = 0;
  try {
    size = statSync(`${sqlite.name}-wal`).size;
  } catch {
    return; // no WAL file (in-memory or not in WAL mode)
  }
  if (size < WAL_RESET_BYTES) return;
  const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma('busy_timeout = 0');
  try {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // The write itself has committed; the next write tries again.
  } finally {
    sqlite.pragma(`busy_timeout = ${timeout}`);
  }
}
