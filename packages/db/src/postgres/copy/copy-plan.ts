import { postgresShapes, sqliteShapes } from '../schema-pairs';
import type { TableShape } from '../table-shape';

/**
 * Tables left behind on purpose, and why. They are created (empty) on PostgreSQL all the same. Everything
 * else is copied: records, citations, reports, the audit history, users with their accounts (password
 * hashes, so everyone keeps their password), seed bookkeeping and sign-in lock-outs (an attacker's
 * back-off must not reset by moving the database).
 */
export const notCopied: Readonly<Record<string, string>> = {
  sessions:
    'sign-ins stay with the old server: everyone signs in again, no cookie outlives the move',
  verifications: 'one-time e-mail and reset tokens that expire within hours',
  rate_limits: "better-auth's per-window request counters, pruned once their window ends",
};

export interface CopiedTable {
  /** The SQLite table's shape: its column order and kinds drive reading, writing and checksums. */
  shape: TableShape;
  /** The PostgreSQL identity column whose sequence must continue after the copied ids, if any. */
  identity: string | null;
}

export interface CopyPlan {
  /** Parents before children, so every foreign key finds its row. */
  tables: CopiedTable[];
  skipped: { name: string; reason: string }[];
}

export function copyPlan(): CopyPlan {
  const targets = new Map(postgresShapes().map((shape) => [shape.name, shape]));
  const copied: CopiedTable[] = [];
  const skipped: CopyPlan['skipped'] = [];
  for (const shape of sqliteShapes()) {
    const target = targets.get(shape.name);
    if (!target) throw new Error(`table ${shape.name} has no PostgreSQL counterpart`);
    const reason = notCopied[shape.name];
    if (reason) {
      skipped.push({ name: shape.name, reason });
      continue;
    }
    const identity = target.columns.find((c) => c.generated)?.name ?? null;
    copied.push({ shape, identity });
  }
  return { tables: parentsFirst(copied), skipped };
}

function parentsFirst(tables: CopiedTable[]): CopiedTable[] {
  const byName = new Map(tables.map((t) => [t.shape.name, t]));
  const ordered: CopiedTable[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (table: CopiedTable) => {
    const name = table.shape.name;
    if (placed.has(name)) return;
    if (visiting.has(name)) throw new Error(`foreign keys form a cycle through ${name}`);
    visiting.add(name);
    for (const fk of table.shape.foreignKeys) {
      const parent = byName.get(fk.table);
      if (parent && fk.table !== name) place(parent);
    }
    visiting.delete(name);
    placed.add(name);
    ordered.push(table);
  };
  tables.forEach(place);
  return ordered;
}
