import type { Db } from '../client';
import { auditLog, citations } from '../schema';
import type { Actor } from '../write/audit';
import type { CitationLink } from '../write/citations';
import { planInsert, quoted } from '../write/insert-plan';
import { utcMillisecond } from '../write/raw-insert';
import { resolveCitations, type ValidCitation } from '../write/record-parts';
import type { Tx } from '../write/sources';
import type { ImportKind } from './row-mapping';
import { rowShape, type RowShape, type SnapshotPart } from './shaped-row';
import { SHAPED_TABLES } from './shaped-stage';

/** The schema the commit attaches the shaped stage as (outside its transaction: SQLite requires it). */
export const STAGE_SCHEMA = 'import_stage';

const stage = (table: string) => `${STAGE_SCHEMA}.${table}`;
const LINKS = 'temp.import_links';
const SOURCES = 'temp.import_sources';

interface Written {
  created: number;
}

/**
 * Writes the new records of a shaped stage (shaped-stage.ts) inside the open transaction, with SQLite's own
 * `INSERT … SELECT`: the records with ids assigned in the file's order, then their citations and audit
 * entries joined on those ids. The rows, ids, citations and audit entries (snapshots byte for byte) are
 * those the per-row commit writes (`createValidRecords`), the timestamps one instant for all.
 *
 * Returns null without writing anything when the stage cannot be written this way; the caller then writes
 * the import row by row, which also names the file's line of a row that fails. Each list of citations is
 * resolved first (sources are created as the per-row commit creates them, in the order of first use), so
 * a fallback finds them again.
 */
export function commitShaped(
  db: Db,
  tx: Tx,
  kind: ImportKind,
  by: { actor: Actor; reason: string },
): Written | null {
  const sqlite = db.$client;
  const keys = JSON.parse(
    sqlite
      .prepare(`SELECT keys FROM ${stage(SHAPED_TABLES.meta)}`)
      .pluck()
      .get() as string,
  ) as string[];
  const shape = rowShape(kind, keys);
  if (!shape) return null;
  const lists = sqlite
    .prepare(`SELECT cites, citations FROM ${stage(SHAPED_TABLES.lists)} ORDER BY cites`)
    .raw(true)
    .all() as [number, string][];
  let resolved: [number, CitationLink[]][];
  try {
    resolved = lists.map(([cites, list]) => [
      cites,
      resolveCitations(db, tx, JSON.parse(list) as ValidCitation[]),
    ]);
  } catch {
    return null;
  }
  if (resolved.some(([, links]) => links.length === 0)) return null;

  sqlite.exec('SAVEPOINT shaped_import');
  try {
    const created = writeAll(db, kind, shape, resolved, by);
    sqlite.exec('RELEASE shaped_import');
    return { created };
  } catch {
    sqlite.exec('ROLLBACK TO shaped_import');
    sqlite.exec('RELEASE shaped_import');
    return null;
  } finally {
    sqlite.exec(`DROP TABLE IF EXISTS ${LINKS}`);
    sqlite.exec(`DROP TABLE IF EXISTS ${SOURCES}`);
  }
}

function writeAll(
  db: Db,
  kind: ImportKind,
  shape: RowShape,
  resolved: [number, CitationLink[]][],
  by: { actor: Actor; reason: string },
): number {
  const sqlite = db.$client;
  sqlite.exec(`CREATE TEMP TABLE import_links (cites INTEGER NOT NULL, ordinal INTEGER NOT NULL,
    source_id, quote, page, PRIMARY KEY (cites, ordinal)) WITHOUT ROWID`);
  sqlite.exec('CREATE TEMP TABLE import_sources (cites INTEGER PRIMARY KEY, json TEXT NOT NULL)');
  const link = sqlite.prepare(`INSERT INTO ${LINKS} VALUES (?, ?, ?, ?, ?)`);
  const sourcesOf = sqlite.prepare(`INSERT INTO ${SOURCES} VALUES (?, ?)`);
  for (const [cites, links] of resolved) {
    links.forEach((l, ordinal) =>
      link.run(cites, ordinal, l.sourceId, l.quote ?? null, l.page ?? null),
    );
    // The end of the snapshot, as `snapshotJson` appends a record's sources (no kind here has countries).
    const ids = links.map((l) => l.sourceId);
    if (ids.length > 1) ids.sort((a, b) => a - b);
    sourcesOf.run(cites, `,"sourceIds":${JSON.stringify(ids)}}`);
  }

  const rows = stage(SHAPED_TABLES.rows);
  const count = sqlite.prepare(`SELECT count(*) FROM ${rows}`).pluck().get() as number;
  const table = quoted(shape.plan.tableName);
  // The ids SQLite would give the records one by one: after the largest it ever gave (AUTOINCREMENT) or holds.
  const base = sqlite
    .prepare(
      `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),
        coalesce((SELECT max(${quoted(shape.idColumn)}) FROM ${table}), 0))`,
    )
    .pluck()
    .get(shape.plan.tableName) as number;
  const now = utcMillisecond();
  const id = `(${base} + r.seq)`;

  const written = shape.plan.written.map((c) => quoted(c.name));
  const values = shape.plan.keys.map((_, i) => `r.v${i}`);
  const clocks = shape.plan.written.slice(values.length).map(() => '@now');
  const records = sqlite
    .prepare(
      `INSERT INTO ${table} (${quoted(shape.idColumn)}, ${written.join(', ')})
       SELECT ${id}, ${[...values, ...clocks].join(', ')} FROM ${rows} r ORDER BY r.seq`,
    )
    .run({ now });
  if (records.changes !== count) throw new Error('not every record was written');

  insertShaped(db, citations, ['sourceId', 'recordKind', 'recordId', 'quote', 'page'], {
    select: `l.source_id, @kind, ${id}, l.quote, l.page`,
    from: `${rows} r JOIN ${LINKS} l ON l.cites = r.cites ORDER BY r.seq, l.ordinal`,
    params: { now, kind },
  });
  const audits = insertShaped(
    db,
    auditLog,
    ['userId', 'actorLabel', 'action', 'recordKind', 'recordId', 'before', 'after', 'reason'],
    {
      select: `@user, @label, 'create', @kind, CAST(${id} AS TEXT), NULL,
        ${snapshotSql(shape.snapshot, id)} || s.json, @reason`,
      from: `${rows} r JOIN ${SOURCES} s ON s.cites = r.cites ORDER BY r.seq`,
      params: {
        now,
        nowJson: JSON.stringify(now),
        kind,
        user: by.actor.userId,
        label: by.actor.label,
        reason: by.reason,
      },
    },
  );
  if (audits !== count) throw new Error('not every audit entry was written');
  return count;
}

/** `INSERT INTO table (keys…, clock columns…) SELECT select, @now… FROM from`, as the raw insert binds them. */
function insertShaped(
  db: Db,
  table: Parameters<typeof planInsert>[0],
  keys: string[],
  query: { select: string; from: string; params: Record<string, unknown> },
): number {
  const plan = planInsert(table, keys);
  const clocks = plan.written.slice(keys.length).map(() => '@now');
  const sql = `INSERT INTO ${quoted(plan.tableName)} (${plan.written.map((c) => quoted(c.name)).join(', ')})
    SELECT ${[query.select, ...clocks].join(', ')} FROM ${query.from}`;
  return db.$client.prepare(sql).run(query.params).changes;
}

/** The snapshot as SQL: the literal and staged segments, the id and the time between them. */
function snapshotSql(parts: SnapshotPart[], id: string): string {
  return parts
    .map((part) => {
      if ('text' in part) return sqlText(part.text);
      if ('row' in part) return `r.s${part.row}`;
      return part.slot === 'id' ? id : '@nowJson';
    })
    .join(' || ');
}

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;
