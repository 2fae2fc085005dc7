import { createHash } from 'node:crypto';
import type { Db } from '../client';

/** The tables the starter seed fills, each read in id (or key) order. */
const SEEDED_TABLES = {
  sources: 'id',
  trade_reports: 'id',
  investments: 'id',
  projects: 'id',
  project_countries: 'project_id, country',
  milestones: 'id',
  events: 'id',
  event_countries: 'event_id, country',
  indicators: 'id',
  citations: 'id',
} as const;

/** Written by the database on every insert, not by the seed: timestamps and the edit version. */
const BOOKKEEPING = new Set(['created_at', 'updated_at', 'version']);

/**
 * Columns classified from the starter wording after the digests were taken; their values are checked by
 * their own tests (investment coverage: `investment-coverage.test.ts`), not by the digest.
 */
const CLASSIFIED_LATER = new Set(['coverage']);

/**
 * A digest of each seeded table's content, to prove a change to the seed path leaves the data as it was.
 * Timestamps differ from run to run and are left out with the other bookkeeping; so are null cells, so a new nullable column that the
 * starter data does not fill leaves the digest unchanged.
 */
export function seededTableDigests(db: Db): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const [table, order] of Object.entries(SEEDED_TABLES)) {
    const rows = db.$client.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Record<
      string,
      unknown
    >[];
    const hash = createHash('sha256');
    for (const row of rows) {
      const kept = Object.entries(row).filter(
        ([k, v]) => v !== null && !BOOKKEEPING.has(k) && !CLASSIFIED_LATER.has(k),
      );
      hash.update(`${JSON.stringify(kept)}\n`);
    }
    digests[table] = `${rows.length}:${hash.digest('hex').slice(0, 16)}`;
  }
  return digests;
}
