import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { readerOf, type Database, type Reader, type Tables } from './reader/reader';
import { selectRows, whereClause } from './reader/selection';

export interface AuditFilter {
  userId?: string;
  recordKind?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

function auditColumns({ auditLog, users }: Tables) {
  return {
    id: auditLog.id,
    at: auditLog.at,
    userId: auditLog.userId,
    actor: sql<string>`coalesce(${users.email}, ${auditLog.actorLabel})`,
    action: auditLog.action,
    recordKind: auditLog.recordKind,
    recordId: auditLog.recordId,
    before: auditLog.before,
    after: auditLog.after,
    reason: auditLog.reason,
  };
}

/** Entries with their actor, newest first (instants are ISO-8601 UTC text: code point order is time order). */
function entries(reader: Reader, key: string, where: SQL | undefined, rest: SQL, values: object) {
  const { auditLog, users } = reader.tables;
  return selectRows(
    reader,
    key,
    auditColumns(reader.tables),
    () => sql`FROM ${auditLog} LEFT JOIN ${users} ON ${eq(users.id, auditLog.userId)}${whereClause(where)}
      ORDER BY ${desc(reader.byCodePoint(auditLog.at))}, ${desc(auditLog.id)}${rest}`,
    { ...values },
  );
}

/** Every change to one record, newest first: who, when (UTC), before and after. */
export async function recordHistory(db: Database, recordKind: string, recordId: number | string) {
  const reader = readerOf(db);
  const { auditLog } = reader.tables;
  return entries(
    reader,
    'record history',
    and(
      eq(auditLog.recordKind, sql.placeholder('recordKind')),
      eq(auditLog.recordId, sql.placeholder('recordId')),
    ),
    sql``,
    { recordKind, recordId: String(recordId) },
  );
}

/** The admin audit view: all changes, filtered, newest first. */
export async function listAudit(db: Database, f: AuditFilter) {
  const reader = readerOf(db);
  const { auditLog } = reader.tables;
  const given = (name: keyof AuditFilter) => f[name] !== undefined && f[name] !== '';
  const value = (name: keyof AuditFilter | 'toEnd') => sql.placeholder(name);
  const where = and(
    given('userId') ? eq(auditLog.userId, value('userId')) : undefined,
    given('recordKind') ? eq(auditLog.recordKind, value('recordKind')) : undefined,
    given('action') ? eq(auditLog.action, value('action')) : undefined,
    given('from') ? gte(auditLog.at, value('from')) : undefined,
    given('to') ? lte(auditLog.at, value('toEnd')) : undefined,
  );
  // The filter's shape (which fields it has) names the statement; its values are bound per call.
  const shape = (['userId', 'recordKind', 'action', 'from', 'to'] as const).filter(given).join();
  const values = { ...f, toEnd: `${f.to ?? ''}\uffff` };
  const [rows, [count]] = await Promise.all([
    entries(
      reader,
      `audit ${shape}`,
      where,
      sql` LIMIT ${sql.placeholder('limit')} OFFSET ${sql.placeholder('offset')}`,
      values,
    ),
    selectRows(
      reader,
      `audit count ${shape}`,
      { n: sql<number>`count(*)` },
      () => sql`FROM ${auditLog}${whereClause(where)}`,
      values,
    ),
  ]);
  return { rows, total: count?.n ?? 0 };
}
