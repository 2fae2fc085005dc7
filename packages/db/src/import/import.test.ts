import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDataFolder } from '../env';
import { tradeExport } from '../exchange/trade-export';
import { createTestDatabase } from '../testing';
import { describeOnEachDatabase } from '../testing/each-database';
import {
  commitOn,
  exportedCsv,
  spoilStagedRow,
  stagedRowCount,
  upload,
} from './import-test-support';
import { previewImport } from './preview';

const actor = { userId: 'u-editor', label: 'editor@example.org' };

describeOnEachDatabase(
  'CSV import into an empty database',
  (database) => {
    it('imports the starter trade file, every row with its source', async () => {
      const { db, count } = database();
      const text = readFileSync(path.join(seedDataFolder(), 'trade.csv'), 'utf8');
      const preview = await previewImport(db, 'trade-report', 'trade.csv', upload(text));
      expect(preview.errors).toEqual([]);
      expect(preview.counts).toMatchObject({ rows: 115, additions: 115, changes: 0, invalid: 0 });
      const result = await commitOn(db, preview.importId, actor);
      expect(result).toMatchObject({ created: 115, updated: 0 });
      expect(
        await count(
          `SELECT count(*) FROM trade_reports t WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.record_kind = 'trade-report' AND c.record_id = t.id)`,
        ),
      ).toBe(0);
      expect(
        await count(`SELECT count(*) FROM audit_log WHERE reason = 'CSV import trade.csv'`),
      ).toBe(115);
    });

    it('imports the starter projects and milestones files (milestones find their project by name)', async () => {
      const { db, count } = database();
      const projects = await previewImport(
        db,
        'project',
        'projects.csv',
        upload(readFileSync(path.join(seedDataFolder(), 'projects.csv'), 'utf8')),
      );
      expect(projects.errors.slice(0, 3)).toEqual([]);
      const created = await commitOn(db, projects.importId, actor);
      expect(await count('SELECT count(*) FROM project_countries')).toBeGreaterThanOrEqual(
        created.created,
      );
      const milestones = await previewImport(
        db,
        'milestone',
        'milestones.csv',
        upload(readFileSync(path.join(seedDataFolder(), 'milestones.csv'), 'utf8')),
      );
      expect(milestones.errors.slice(0, 3)).toEqual([]);
      expect(milestones.counts.additions).toBe(150);
      expect(await commitOn(db, milestones.importId, actor)).toMatchObject({ created: 150 });
    });
  },
  { seed: false },
);

describeOnEachDatabase(
  'CSV import',
  (database) => {
    it('round-trips an export: nothing changes, and one edited cell is exactly one change', async () => {
      const { db } = database();
      const exported = await exportedCsv(db, tradeExport({ countries: ['KG'] }));
      const same = await previewImport(db, 'trade-report', 'kg.csv', upload(exported));
      expect(same.errors).toEqual([]);
      expect(same.counts.additions + same.counts.changes).toBe(0);
      expect(same.counts.unchanged).toBe(same.counts.rows);

      const edited = exported.replace(',5300000000,', ',5400000000,');
      const one = await previewImport(db, 'trade-report', 'kg.csv', upload(edited));
      expect(one.counts.changes).toBe(1);
      expect(one.changes[0]?.fields).toEqual([
        { field: 'totalUsd', from: 5_300_000_000, to: 5_400_000_000 },
      ]);
    });

    it('names the line and column of a bad row and refuses to import the file', async () => {
      const text =
        'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_date\r\nKG,2026,FY,CN,100,A bulletin,https://example.org/a,2026\r\nKG,2026,H1,CN,-5,A bulletin,https://example.org/a,2026\r\nXX,2026,FY,CN,5,A bulletin,javascript:alert(1),2026\r\n';
      const preview = await previewImport(database().db, 'trade-report', 'bad.csv', upload(text));
      expect(preview.importId).toBeNull();
      expect(preview.counts.invalid).toBeGreaterThanOrEqual(2);
      const messages = preview.errors.map((e) => `${e.line}|${e.column}|${e.message}`).join('\n');
      expect(messages).toMatch(/^3\|total_usd\|.*cannot be negative/m);
      expect(messages).toMatch(/^4\|country_iso2\|/m);
      // A cited source's cell is named by its own column, never by the first source's title.
      expect(messages).toMatch(/^4\|source_url\|.*must be a web address/m);
      expect(messages).not.toMatch(/^4\|source_title\|/m);
    });

    it('reads BOM, semicolons, CRLF, quoted fields, and keeps formula-looking text as plain text', async () => {
      const { db, count, query } = database();
      const text =
        '\uFEFFcountry_iso2;year;period;reporter;total_usd;notes;source_title;source_url;source_date\r\nUZ;2026;Q1;UZ;4200000000;"=HYPERLINK(""http://evil.example"";""x"")";"Stats; quarterly";https://example.org/uz;2026-04\r\n';
      const preview = await previewImport(db, 'trade-report', 'uz.csv', upload(text));
      expect(preview.errors).toEqual([]);
      const before = await count('SELECT count(*) FROM trade_reports');
      await commitOn(db, preview.importId, actor);
      expect(await count('SELECT count(*) FROM trade_reports')).toBe(before + 1);
      const rows = await query<{ notes: string }>(
        `SELECT notes FROM trade_reports WHERE scope = 'UZ' AND year = 2026 AND period = 'Q1'`,
      );
      expect(rows.map((r) => r.notes)).toEqual(['=HYPERLINK("http://evil.example";"x")']);
    });

    it('flags duplicate projects within a file', async () => {
      const row = 'Twin plant,KZ,energy,announced,A source,https://example.org/p,2026';
      const text = `name,country_iso2,sector,status,source_title,source_url,source_date\n${row}\n${row}\n`;
      const preview = await previewImport(database().db, 'project', 'p.csv', upload(text));
      expect(preview.errors.map((e) => e.message).join(' ')).toMatch(
        /line 3, column name: "Twin plant" already appears on line 2/,
      );
    });

    it('refuses a new project whose name is already stored, naming line and column', async () => {
      const { db, query } = database();
      const [stored] = await query<{ name: string }>('SELECT name FROM projects LIMIT 1');
      const text = `name,country_iso2,sector,status,source_title,source_url,source_date\n"${stored?.name}",KZ,energy,announced,A source,https://example.org/p,2026\n`;
      const preview = await previewImport(db, 'project', 'p.csv', upload(text));
      expect(preview.importId).toBeNull();
      expect(preview.errors.map((e) => `${e.line}|${e.column}`)).toEqual(['2|name']);
    });

    it('writes all or nothing: a row that fails at confirm leaves the database as it was', async () => {
      const { db, count } = database();
      const rows = Array.from(
        { length: 50 },
        (_, i) =>
          `TJ,${2000 + (i % 26)},FY,OTHER,${1000 + i},Bulk source,https://example.org/bulk,2026`,
      );
      const preview = await previewImport(
        db,
        'trade-report',
        'bulk.csv',
        upload(
          `country_iso2,year,period,reporter,total_usd,source_title,source_url,source_date\n${rows.join('\n')}\n`,
        ),
      );
      expect(preview.counts.additions).toBe(50);
      // Sabotage the last staged row so that the database refuses it at confirm. The commit writes what the
      // preview validated without validating it again, so the failure comes from the write itself.
      spoilStagedRow(preview.importId, 49, 'scope', null);
      const counts = () =>
        Promise.all(
          ['trade_reports', 'audit_log', 'sources', 'citations'].map((table) =>
            count(`SELECT count(*) FROM ${table}`),
          ),
        );
      const before = await counts();
      await expect(commitOn(db, preview.importId, actor)).rejects.toThrow(/line 51/);
      expect(await counts()).toEqual(before);
    });
  },
  { seed: true },
);

describe('large files', () => {
  it('previews a 100,000-row upload streamed in chunks, staging rows on disk rather than in memory', async () => {
    const big = createTestDatabase({ seed: false });
    try {
      let produced = 0;
      let progressCalls = 0;
      async function* upload() {
        yield 'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_date\n';
        for (let i = 0; i < 100_000; i += 1000) {
          let chunk = '';
          for (let j = i; j < i + 1000; j++)
            chunk += `KZ,${2000 + (j % 26)},Q${1 + (j % 4)},CN,${1000 + j},Bulk statistics,https://example.org/bulk,2026\n`;
          produced += 1000;
          yield chunk;
        }
      }
      const preview = await previewImport(big.db, 'trade-report', 'big.csv', upload(), {
        onProgress: () => progressCalls++,
      });
      expect(produced).toBe(100_000);
      expect(preview.counts).toMatchObject({ rows: 100_000, additions: 100_000, invalid: 0 });
      // Only the first rows are kept for display; the rest wait in the staging file.
      expect(preview.additions).toHaveLength(100);
      expect(stagedRowCount(preview.importId)).toBe(100_000);
      expect(progressCalls).toBeGreaterThan(50);
    } finally {
      big.close();
    }
    // A size test, not a timing test: the limit only stops a hung run on a busy two-core machine.
  }, 120_000);
});
