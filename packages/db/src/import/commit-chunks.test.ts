import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/each-database';
import { readSnapshot } from '../write/records';
import { tradeExport } from '../exchange/trade-export';
import { commitOn, exportedCsv, spoilStagedRow, upload } from './import-test-support';
import { previewImport } from './preview';

/**
 * The commit writes new records a chunk at a time, each table in turn (SQLite: create-records.ts, a
 * statement per row; PostgreSQL: create-records-step.ts, a statement per table and chunk): the stored rows,
 * their ids and their audit entries must be what writing them one by one gave, across chunk boundaries.
 */
const actor = { userId: 'u-editor', label: 'editor@example.org' };
const ROWS = 1_201;

describeOnEachDatabase(
  'import commit in chunks',
  (database) => {
    async function previewRows(fileName: string, reporter: string) {
      const rows = Array.from(
        { length: ROWS },
        (_, i) =>
          `KZ,${2000 + (i % 26)},FY,${reporter},${200_000 + i},${1000 + i},Chunk source ${i % 3},https://example.org/chunk/${i % 3},2026`,
      );
      const preview = await previewImport(
        database().db,
        'trade-report',
        fileName,
        upload(
          `country_iso2,year,period,reporter,product_code,total_usd,source_title,source_url,source_date\n${rows.join('\n')}\n`,
        ),
      );
      expect(preview.counts.additions).toBe(ROWS);
      return preview.importId ?? '';
    }

    it('writes each record, its citation and an audit entry equal to its snapshot, in the file order', async () => {
      const { db, query } = database();
      const reason = 'CSV import chunks.csv';
      const result = await commitOn(db, await previewRows('chunks.csv', 'CN'), actor);
      expect(result.created).toBe(ROWS);
      const entries = await query<{ record_id: string; after: string }>(
        'SELECT record_id, after FROM audit_log WHERE reason = $1 ORDER BY id',
        [reason],
      );
      expect(entries).toHaveLength(ROWS);
      const ids = entries.map((e) => Number(e.record_id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      const codes = await query<{ product_code: string }>(
        `SELECT product_code FROM trade_reports WHERE id IN (SELECT CAST(record_id AS INTEGER) FROM audit_log WHERE reason = $1) ORDER BY id`,
        [reason],
      );
      expect(codes.map((c) => c.product_code)).toEqual(
        Array.from({ length: ROWS }, (_, i) => String(200_000 + i)),
      );
      for (const entry of entries)
        expect(JSON.parse(entry.after)).toEqual(
          JSON.parse(
            JSON.stringify(await readSnapshot(db, 'trade-report', Number(entry.record_id))),
          ),
        );
    });

    it('previews the written rows exported again in batches: unchanged, and one edited figure is one change', async () => {
      const { db } = database();
      const exported = await exportedCsv(
        db,
        tradeExport({ countries: ['KZ'], reporters: ['CN'], productCode: 'all' }),
      );
      const lines = exported.split('\r\n');
      // A row this file wrote, past the first batch of lookups: its total goes up by one.
      const written = /(,CN,2\d{5},)(\d+),/;
      const edited = lines.findIndex((l, i) => i > 500 && written.test(l));
      expect(edited).toBeGreaterThan(500);
      const total = Number(written.exec(lines[edited] ?? '')?.[2]);
      lines[edited] = (lines[edited] ?? '').replace(written, (_, head) => `${head}${total + 1},`);
      const same = await previewImport(db, 'trade-report', 'again.csv', upload(exported));
      expect(same.errors).toEqual([]);
      expect(same.counts).toMatchObject({ changes: 0, additions: 0 });
      expect(same.counts.unchanged).toBeGreaterThan(ROWS);
      const one = await previewImport(db, 'trade-report', 'again.csv', upload(lines.join('\r\n')));
      expect(one.changes).toEqual([
        {
          line: edited + 1,
          id: expect.any(Number),
          fields: [{ field: 'totalUsd', from: total, to: total + 1 }],
        },
      ]);
    });

    it('names the line of a row the database refuses in a later chunk, and writes nothing', async () => {
      const importId = await previewRows('refused.csv', 'OTHER');
      // Staged row 700 holds the file's line 701 (the header is line 1).
      spoilStagedRow(importId, 699, 'scope', null);
      const count = () => database().count('SELECT count(*) FROM audit_log');
      const before = await count();
      await expect(commitOn(database().db, importId, actor)).rejects.toThrow(/^line 701: /);
      expect(await count()).toBe(before);
    });
  },
  { seed: true },
);
