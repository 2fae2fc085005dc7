import { existsSync, utimesSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { aTradeReport, createTestDatabase } from '../testing';
import { createRecordSync, updateRecord } from '../write/records';
import { commitImport } from './commit';
import { ImportNotFoundError, ImportOutdatedError } from './commit-errors';
import { commitImportOffThread } from './commit-off-thread';
import { MAX_IMPORT_ROWS, previewImport } from './preview';
import { expireStaged, STAGED_TTL_MS, stagingPath } from './staging';

const t = createTestDatabase({ seed: false });
afterAll(() => t.close());
const actor = { userId: 'u-admin', label: 'admin@example.org' };
const count = (sql: string) => t.db.$client.prepare(sql).pluck().get() as number;
const HEADER = 'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_date';
const rows = (n: number, scope = 'TJ') =>
  Array.from(
    { length: n },
    (_, i) =>
      `${scope},${1995 + (i % 30)},Q${1 + (i % 4)},OTHER,${1000 + i},Threaded bulletin,https://example.org/threaded,2026`,
  );
const upload = (lines: string[]) => [Buffer.from(`${HEADER}\n${lines.join('\n')}\n`, 'utf8')];

/** True while another connection holds the write lock (a probe that does not wait). */
function writeLockTaken(file: string): boolean {
  const probe = new Database(file, { timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE; ROLLBACK;');
    return false;
  } catch {
    return true;
  } finally {
    probe.close();
  }
}

describe('committing an import off the request thread', () => {
  it('writes in a worker while this thread keeps reading', async () => {
    const preview = await previewImport(t.db, 'trade-report', 'big.csv', upload(rows(5_000)));
    expect(preview.counts.additions).toBe(5_000);
    const before = count('SELECT count(*) FROM trade_reports');
    let settled = false;
    const commit = commitImportOffThread({
      file: t.file,
      importId: preview.importId ?? '',
      actor,
    }).finally(() => {
      settled = true;
    });
    // Wait for the worker to hold the write transaction, then read on this thread: it answers at once,
    // from the snapshot before the import.
    let readDuringCommit: number | null = null;
    while (!settled && readDuringCommit === null) {
      if (writeLockTaken(t.file)) readDuringCommit = count('SELECT count(*) FROM trade_reports');
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(readDuringCommit).toBe(before);
    expect(await commit).toMatchObject({ created: 5_000, updated: 0, kind: 'trade-report' });
    expect(count('SELECT count(*) FROM trade_reports')).toBe(before + 5_000);
  }, 180_000);

  it('brings a refusal back as the same error, with nothing written', async () => {
    const input = aTradeReport({ scope: 'UZ', year: 1995, period: 'FY', totalUsd: 10 });
    const id = createRecordSync(t.db, 'trade-report', input, { actor });
    const preview = await previewImport(t.db, 'trade-report', 'one.csv', [
      Buffer.from(
        `id,${HEADER}\n${id},UZ,1995,FY,CN,20,Threaded bulletin,https://example.org/threaded,2026\n`,
      ),
    ]);
    await updateRecord(t.db, 'trade-report', id, { ...input, totalUsd: 15 }, { actor });
    await expect(
      commitImportOffThread({ file: t.file, importId: preview.importId ?? '', actor }),
    ).rejects.toBeInstanceOf(ImportOutdatedError);
    await expect(
      commitImportOffThread({
        file: t.file,
        importId: '00000000-0000-0000-0000-000000000000',
        actor,
      }),
    ).rejects.toBeInstanceOf(ImportNotFoundError);
    // Two worker start-ups, each loading the TypeScript sources through tsx: slow on a busy machine.
  }, 180_000);
});

describe('staged files', () => {
  it('are deleted once expired, and an expired preview cannot be confirmed', async () => {
    const old = await previewImport(t.db, 'trade-report', 'old.csv', upload(rows(3, 'KG')));
    const fresh = await previewImport(t.db, 'trade-report', 'fresh.csv', upload(rows(3, 'KZ')));
    const oldFile = stagingPath(old.importId ?? '');
    const past = (Date.now() - STAGED_TTL_MS - 60_000) / 1000;
    utimesSync(oldFile, past, past);
    utimesSync(`${oldFile}.meta.json`, past, past);

    expect(() => commitImport(t.db, old.importId ?? '', actor)).toThrow(/expired/);
    expect(existsSync(oldFile)).toBe(false);

    const abandoned = await previewImport(t.db, 'trade-report', 'gone.csv', upload(rows(3, 'TM')));
    const abandonedFile = stagingPath(abandoned.importId ?? '');
    utimesSync(abandonedFile, past, past);
    utimesSync(`${abandonedFile}.meta.json`, past, past);
    expect(await expireStaged(Date.now(), { force: true })).toBeGreaterThanOrEqual(2);
    expect(existsSync(abandonedFile)).toBe(false);
    expect(existsSync(`${abandonedFile}.meta.json`)).toBe(false);
    expect(existsSync(stagingPath(fresh.importId ?? ''))).toBe(true);
  });

  it('are not kept for a preview that cannot be confirmed', async () => {
    const preview = await previewImport(t.db, 'trade-report', 'bad.csv', upload(['XX,2026']));
    expect(preview.importId).toBeNull();
    expect(preview.errors.length).toBeGreaterThan(0);
  });
});

describe('the row limit', () => {
  it('is documented as 200,000 rows', () => {
    expect(MAX_IMPORT_ROWS).toBe(200_000);
  });

  it('refuses a file over the limit with a message naming it, staging nothing', async () => {
    const before = count('SELECT count(*) FROM trade_reports');
    const preview = await previewImport(t.db, 'trade-report', 'many.csv', upload(rows(11)), {
      maxRows: 10,
    });
    expect(preview.fatal).toBe(true);
    expect(preview.importId).toBeNull();
    expect(preview.errors.map((e) => e.message)).toContain(
      'The file has more than 10 rows, the limit for one import. Split it into smaller files; nothing was imported.',
    );
    expect(count('SELECT count(*) FROM trade_reports')).toBe(before);
  });
});
