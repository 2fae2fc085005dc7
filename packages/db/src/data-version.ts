import type { Db } from './client';

const readers = new WeakMap<Db, () => string>();

/**
 * A token that changes whenever the database does: `data_version` moves when another connection commits
 * (a CLI import, a second server process) and `total_changes()` moves when this connection writes. Caches
 * of anything read from the database compare it before answering; reading it costs one tiny statement.
 */
export function dataVersion(db: Db): string {
  let read = readers.get(db);
  if (!read) {
    const statement = db.$client
      .prepare("SELECT (SELECT data_version FROM pragma_data_version()) || ':' || total_changes()")
      .pluck();
    read = () => statement.get() as string;
    readers.set(db, read);
  }
  return read();
}
