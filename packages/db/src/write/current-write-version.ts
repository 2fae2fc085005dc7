import { oncePerHandle, type Database } from '../database';
import { sharedNextRead } from '../shared-next-read';
import { writeVersion } from './write-version';

/**
 * The write version as of a moment after the call, for caches that compare it on every request.
 *
 * On SQLite the read is a statement prepared once per connection and run synchronously: every call reads.
 * On PostgreSQL every read is a round trip, so calls made while one is under way share the next one, which
 * starts when that one ends. Sharing the read under way would be cheaper but wrong: it may have started
 * before the caller asked, and miss a write committed in between. Under load a process then sends about
 * one read per round trip instead of one per request.
 */
const versionReader = oncePerHandle<() => Promise<number>>({
  sqlite: (db) => () => writeVersion(db),
  postgres: (db) => sharedNextRead(() => writeVersion(db)),
});

export function currentWriteVersion(db: Database): Promise<number> {
  return versionReader(db)();
}
