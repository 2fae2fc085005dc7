import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, users } from '../schema';

export interface AuditFilter {
  userId?: string;
  recordKind?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

const columns = {
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

/** Every change to one record, newest first: who, when (UTC), before and after. */
export async function recordHistory(db: Db, recordKind: string, recordId: number | string) {
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.recordKind, recordKind), eq(auditLog.recordId, String(recordId))))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .all();
}

/** The admin audit view: all changes, filtered, newest first. */
export async function listAudit(db: Db, f: AuditFilter) {
  const where = and(
    f.userId ? eq(auditLog.userId, f.userId) : undefined,
    f.recordKind ? eq(auditLog.recordKind, f.recordKind) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lte(auditLog.at, `${f.to}\uffff`) : undefined,
  );
  const rows = db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(f.limit)
    .offset(f.offset)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(where)
      .get()?.n ?? 0;
  return { rows, total };
}
