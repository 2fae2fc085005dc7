import { openDatabase } from '@tianshan/db/client';

interface Rows {
  columns: string[];
  values: unknown[][];
}

export interface FloorTime {
  seconds: number;
  /** CPU time of this process: steadier than the wall clock on a machine shared with other work. */
  cpuSeconds: number;
}

/**
 * SQLite alone writing exactly what an import wrote: the same rows, citations and audit entries (copied from
 * `importedFile`, everything after the first `afterId` of `table`) into `freshFile` through prepared
 * statements, in one transaction, with no parsing, validation or snapshot building. The floor for our schema
 * and its indexes, to set beside `sqlite3 .import` into a bare table. The values are read beforehand as
 * arrays and bound by position, as the import's commit binds them, so the timed loop does nothing per row
 * but run the statement. Timestamps are copied too: the commit binds them from the process, and leaving them
 * to their SQL default here would make the floor pay a `strftime` per column that the import does not.
 */
export function writeFloorSeconds(
  importedFile: string,
  freshFile: string,
  table: string,
  kind: string,
): FloorTime {
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
    const rowsOf = (sql: string, ...params: unknown[]): Rows => {
      const statement = from.prepare(sql);
      return {
        columns: statement.columns().map((c) => c.name),
        values: statement.raw(true).all(...params) as unknown[][],
      };
    };
    const newSources = rowsOf('SELECT * FROM sources WHERE id > ?', sourcesAfter);
    const records = rowsOf(`SELECT * FROM ${table} WHERE id > ?`, afterId);
    const citations = rowsOf(
      'SELECT source_id, record_kind, record_id, quote, page, created_at, updated_at FROM citations WHERE record_kind = ? AND record_id > ?',
      kind,
      afterId,
    );
    const audits = rowsOf(
      `SELECT at, user_id, actor_label, action, record_kind, record_id, before, after, reason FROM audit_log
       WHERE record_kind = ? AND action = 'create' AND CAST(record_id AS INTEGER) > ?`,
      kind,
      afterId,
    );
    const insertAll = (target: string, rows: Rows) => {
      const statement = to.prepare(
        `INSERT INTO ${target} (${rows.columns.join(', ')}) VALUES (${rows.columns.map(() => '?').join(', ')})`,
      );
      for (const row of rows.values) statement.run(row);
    };
    insertAll('sources', newSources);
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    to.transaction(() => {
      insertAll(table, records);
      insertAll('citations', citations);
      insertAll('audit_log', audits);
    }).immediate();
    const cpu = process.cpuUsage(cpuStarted);
    return {
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    };
  } finally {
    from.close();
    to.close();
  }
}
