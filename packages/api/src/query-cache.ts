import type { Database } from '@tianshan/db/database';
import { currentWriteVersion } from '@tianshan/db/write/current-write-version';

/**
 * Results of public read procedures, reused until the database changes: every write transaction, from any
 * process on the database (a second web server, an import from the command line), bumps the write
 * version, and a read compares it first. A change empties the cache, so a reader never sees data older
 * than the last commit; between writes, repeated reads cost one tiny query.
 */
const MAX_ENTRIES = 1000;

interface CacheState {
  version: number;
  entries: Map<string, unknown>;
}

const states = new WeakMap<Database, CacheState>();

/** The cache of `db` at `version`: emptied when the version moved since the last read. */
function stateAt(db: Database, version: number): CacheState {
  let state = states.get(db);
  if (!state) {
    state = { version, entries: new Map() };
    states.set(db, state);
  }
  if (version !== state.version) {
    state.version = version;
    state.entries.clear();
  }
  return state;
}

export async function cachedRead<T>(
  db: Database,
  key: string,
  compute: () => Promise<T>,
  isCacheable: (value: T) => boolean,
): Promise<T> {
  // `TIANSHAN_QUERY_CACHE=off`: every read cold (the latency benchmark), or the cache ruled out while debugging.
  if (process.env.TIANSHAN_QUERY_CACHE === 'off') return compute();
  const version = await currentWriteVersion(db);
  const state = stateAt(db, version);
  if (state.entries.has(key)) {
    const value = state.entries.get(key) as T;
    // Least recently used goes first: re-insert to move this key to the end.
    state.entries.delete(key);
    state.entries.set(key, value);
    return value;
  }
  // Read after the version, the value is at least as new as it. If another request has seen a newer
  // version meanwhile, the value may be older than that one: it is not kept.
  const value = await compute();
  if (isCacheable(value) && state.version === version) {
    state.entries.set(key, value);
    if (state.entries.size > MAX_ENTRIES)
      state.entries.delete(state.entries.keys().next().value as string);
  }
  return value;
}
