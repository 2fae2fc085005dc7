import { statSync } from 'node:fs';
import type { Db } from '../client';

/** Above this the WAL is reset after a write, waiting (busy timeout) for readers of the old pages to finish. */
const WAL_RESET_BYTES = 16 * 1024 * 1024;

/**
 * Every write: `BEGIN IMMEDIATE` takes the write lock up front, so two writers queue on the busy timeout
 * instead of one failing with SQLITE_BUSY half-way. After the commit the WAL is kept bounded: SQLite's
 * automatic checkpoint copies pages back but cannot rewind the WAL while readers keep overlapping, so
 * under steady reads it would grow without end.
 */
export function writeTransaction<T>(
  db: Db,
  work: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => T,
): T {
  const result = db.transaction(work, { behavior: 'immediate' });
  keepWalBounded(db);
  return result;
}

function keepWalBounded(db: Db): void {
  const file = db.$client.name;
  let size = 0;
  try {
    size = statSync(`${file}-wal`).size;
  } catch {
    return; // no WAL file (in-memory or not in WAL mode)
  }
  if (size < WAL_RESET_BYTES) return;
  // Another connection's automatic checkpoint holds the checkpoint lock for a moment, and SQLite then answers
  // "busy" at once instead of waiting; try again a few times, a few milliseconds apart.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const [result] = db.$client.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (!result?.busy) return;
    } catch {
      // Readers held on past the busy timeout: the write itself has committed; the next write tries again.
      return;
    }
    Atomics.wait(PAUSE, 0, 0, 5 * (attempt + 1));
  }
}

/** A synchronous pause between checkpoint attempts (the write path is synchronous). */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
