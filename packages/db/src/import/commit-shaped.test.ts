import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { seedDataFolder } from '../env';
import { auditLog, citations } from '../schema';
import { createTestDatabase } from '../testing';
import { CITED_KINDS } from '../write/record-kinds';
import { asSnapshot, type Row } from '../write/record-parts';
import { writeTransaction } from '../write/transaction';
import { commitImport } from './commit';
import { commitShaped, STAGE_SCHEMA } from './commit-shaped';
import { upload } from './import-test-support';
import { previewImport } from './preview';
import type { ImportKind } from './row-mapping';
import { openStagedImport } from './staged-import';
import { removeStaged, shapedStagePath, stagingPath } from './staging';

/**
 * A file of new records is written by SQLite's own `INSERT … SELECT` from rows the preview shaped
 * (commit-shaped.ts). What it stores must be what the per-row commit stores: the same records under the
 * same ids, the same citations and sources, and audit entries whose snapshots are, byte for byte, the
 * records as Drizzle reads them back.
 */
const actor = { userId: 'u-editor', label: 'editor@example.org' };
const shapedDb = createTestDatabase({ seed: false });
const rowByRowDb = createTestDatabase({ seed: false });
afterAll(() => {
  shapedDb.close();
  rowByRowDb.close();
});

const seedFile = (name: string) => readFileSync(path.join(seedDataFolder(), name), 'utf8');
// Values whose JSON needs escaping, an empty optional field, two rows sharing a source and one another.
const tricky = `country_iso2,year,period,reporter,total_usd,notes,source_title,source_url,source_date
KZ,2024,FY,CN,1000,"quote "" backslash \\ line
break, emoji 🚆, tab\t and \u2028",Tricky source,https://example.org/tricky,2026
KG,2023,H1,KG,7,,Tricky source,https://example.org/tricky,2026
UZ,2022,Q3,UZ,42,plain,"Another source, with a comma",https://example.org/another,2026-02
`;

const FILES: [ImportKind, string, string][] = [
  ['trade-report', 'trade.csv', seedFile('trade.csv')],
  ['trade-report', 'tricky.csv', tricky],
  ['investment', 'investments.csv', seedFile('investments.csv')],
  ['indicator', 'indicators.csv', seedFile('indicators.csv')],
];

async function previewed(db: Db, kind: ImportKind, name: string, text: string) {
  const preview = await previewImport(db, kind, name, upload(text));
  expect(preview.errors).toEqual([]);
  return { importId: preview.importId ?? '', additions: preview.counts.additions };
}

/** The shaped commit alone, as `commitImport` runs it first: it must not fall back here. */
function commitShapedOnly(db: Db, importId: string) {
  const staged = openStagedImport(importId);
  expect(staged.shaped).not.toBeNull();
  db.$client.prepare(`ATTACH DATABASE ? AS ${STAGE_SCHEMA}`).run(staged.shaped);
  try {
    return writeTransaction(db, (tx) =>
      commitShaped(db, tx, staged.kind, { actor, reason: staged.reason }),
    );
  } finally {
    db.$client.exec(`DETACH DATABASE ${STAGE_SCHEMA}`);
    removeStaged(staged.file);
  }
}

// The timestamps are the time of each commit: everything else must match.
const TIMES = /"(createdAt|updatedAt|at)":"[^"]*"|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;
// The shaped commit creates a file's sources before its records, so on a database that never had either,
// SQLite lists the two counters the other way round: they are compared by name.
const TABLES = ['trade_reports', 'investments', 'indicators', 'sources', 'citations', 'audit_log'];
const everything = (db: Db) =>
  JSON.stringify([
    ...TABLES.map((table) => db.$client.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()),
    db.$client.prepare('SELECT * FROM sqlite_sequence ORDER BY name').all(),
  ]).replace(TIMES, 'T');

describe('the shaped commit of new records', () => {
  it('writes what the per-row commit writes, for every kind it takes', async () => {
    for (const [kind, name, text] of FILES) {
      const shaped = await previewed(shapedDb.db, kind, name, text);
      expect(commitShapedOnly(shapedDb.db, shaped.importId)).toEqual({
        created: shaped.additions,
      });

      const rowByRow = await previewed(rowByRowDb.db, kind, name, text);
      rmSync(shapedStagePath(stagingPath(rowByRow.importId)));
      expect(commitImport(rowByRowDb.db, rowByRow.importId, actor)).toMatchObject({
        kind,
        created: rowByRow.additions,
      });
    }
    expect(everything(shapedDb.db)).toBe(everything(rowByRowDb.db));
  });

  it('audits each record with its snapshot as Drizzle reads the record back', () => {
    const { db } = shapedDb;
    const entries = db.select().from(auditLog).where(eq(auditLog.action, 'create')).all();
    expect(entries.length).toBeGreaterThan(100);
    for (const entry of entries) {
      const kind = entry.recordKind as ImportKind;
      const { table } = CITED_KINDS[kind];
      const row = db
        .select()
        .from(table)
        .where(eq(table.id, Number(entry.recordId)))
        .get() as Row;
      const sourceIds = db
        .select({ id: citations.sourceId })
        .from(citations)
        .where(and(eq(citations.recordKind, kind), eq(citations.recordId, row.id)))
        .all()
        .map((c) => c.id);
      expect(entry.after).toBe(JSON.stringify(asSnapshot(kind, row, undefined, sourceIds)));
    }
  });
});
