import type { Db } from '@tianshan/db/client';
import { dataVersion } from '@tianshan/db/data-version';

/**
 * Results of public read procedures, reused until the database changes (`dataVersion` moves on any commit,
 * from this connection or another). A change empties the cache, so a reader never sees data older than the
 * last commit; between writes, repeated reads cost one tiny query.
 */
const MAX_ENTRIES = 1000;

interface CacheState {
  version: string;
  entries: Map<string, unknown>;
  versionOf: () => string;
}

const states = new WeakMap<Db, CacheState>();

function stateFor(db: Db): CacheState {
  let state = states.get(db);
  if (!state) {
    state = { version: '', entries: new Map(), versionOf: () => dataVersion(db) };
    states.set(db, state);
  }
  const version = state.versionOf();
  if (version !== state.version) {
    state.version = version;
    state.entries.clear();
  }
  return state;
}

export async function cachedRead<T>(
  db: Db,
  key: string,
  compute: () => Promise<T>,
  isCacheable: (value: T) => boolean,
): Promise<T> {
  // `TIANSHAN_QUERY_CACHE=off`: every read cold (the latency benchmark), or the cache ruled out while debugging.
  if (process.env.TIANSHAN_QUERY_CACHE === 'off') return compute();
  const state = stateFor(db);
  if (state.entries.has(key)) {
    const value = state.entries.get(key) as T;
    // Least recently used goes first: re-insert to move this key to the end.
    state.entries.delete(key);
    state.entries.set(key, value);
    return value;
  }
  const version = state.version;
  const value = await compute();
  // A write may have landed while computing; then the value might already be stale: do not keep it.
  if (isCacheable(value) && state.versionOf() === version) {
    state.entries.set(key, value);
    if (state.entries.size > MAX_ENTRIES)
      state.entries.delete(state.entries.keys().next().value as string);
  }
  return value;
}
