import { openDatabase } from '@tianshan/db/client';

/**
 * SQLite alone writing exactly what an import wrote: the same rows, citations and audit entries (copied from
 * `importedFile`, everything after the first `afterId` of `table`) into `freshFile` through prepared
 * statements, in one transaction, with no parsing, validation or snapshot building. The floor for our schema
 * and its indexes, to set beside `sqlite3 .import` into a bare table. Returns seconds.
 */
export function writeFloorSeconds(
  importedFile: string,
  freshFile: string,
  table: string,
  kind: string,
): number {
  const from = openDatabase(importedFile, { readonly: true }).$client;
  // The same connection settings as the app's, and the import's page cache.
  const to = openDatabase(freshFile).$client;
  to.pragma('cache_size = -65536');
  try {
    const afterId = to.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
    const sourcesAfter = to
      .prepare('SELECT coalesce(max(id), 0) FROM sources')
      .pluck()
      .get() as number;
    const rowsOf = (sql: string, ...params: unknown[]) =>
      from.prepare(sql).all(...params) as Record<string, unknown>[];
    const newSources = rowsOf('SELECT * FROM sources WHERE id > ?', sourcesAfter);
    const records = rowsOf(`SELECT * FROM ${table} WHERE id > ?`, afterId);
    const citations = rowsOf(
      'SELECT source_id, record_kind, record_id, quote, page FROM citations WHERE record_kind = ? AND record_id > ?',
      kind,
      afterId,
    );
    const audits = rowsOf(
      `SELECT user_id, actor_label, action, record_kind, record_id, before, after, reason FROM audit_log
       WHERE record_kind = ? AND action = 'create' AND CAST(record_id AS INTEGER) > ?`,
      kind,
      afterId,
    );
    const insertAll = (target: string, rows: Record<string, unknown>[]) => {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0] as object);
      const statement = to.prepare(
        `INSERT INTO ${target} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      for (const row of rows) statement.run(row);
    };
    insertAll('sources', newSources);
    const started = process.hrtime.bigint();
    to.transaction(() => {
      insertAll(table, records);
      insertAll('citations', citations);
      insertAll('audit_log', audits);
    }).immediate();
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    from.close();
    to.close();
  }
}
