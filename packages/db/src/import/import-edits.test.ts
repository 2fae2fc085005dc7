import { afterAll, describe, expect, it } from 'vitest';
import { aTradeReport, createTestDatabase } from '../testing';
import { createRecordSync, softDeleteRecord, updateRecord } from '../write/records';
import { commitImport } from './commit';
import { ImportOutdatedError } from './commit-errors';
import { previewImport } from './preview';

/**
 * Edits made between an import's preview and its confirmation: the commit writes only the fields the preview
 * showed as changing, so other edits survive, and refuses when a field it would write was edited since.
 */
const t = createTestDatabase({ seed: false });
afterAll(() => t.close());
const editor = { userId: 'u-editor', label: 'editor@example.org' };
const importer = { userId: 'u-admin', label: 'admin@example.org' };
const count = (sql: string) => t.db.$client.prepare(sql).pluck().get() as number;
const stored = (id: number) =>
  t.db.$client
    .prepare('SELECT total_usd AS totalUsd, notes FROM trade_reports WHERE id = ?')
    .get(id) as { totalUsd: number; notes: string | null };

const HEADER =
  'id,country_iso2,year,period,reporter,total_usd,notes,source_title,source_url,source_date';

/** One report written by the editor, and the import file line that sets its total to `totalUsd`. */
function aReportAndItsLine(totalUsd: number) {
  const input = aTradeReport({ scope: 'TM', year: 2001, period: 'Q3', totalUsd: 1_000 });
  const id = createRecordSync(t.db, 'trade-report', input, { actor: editor });
  const line = `${id},TM,2001,Q3,CN,${totalUsd},,Import bulletin,https://example.org/import-bulletin,2026`;
  return { id, input, line };
}

const upload = (lines: string[]) => [Buffer.from(`${HEADER}\n${lines.join('\n')}\n`, 'utf8')];

describe('an import confirmed after edits', () => {
  it('keeps an edit to a field the preview did not show as changing', async () => {
    const report = aReportAndItsLine(2_000);
    const preview = await previewImport(t.db, 'trade-report', 'totals.csv', upload([report.line]));
    expect(preview.changes.map((c) => c.fields)).toEqual([
      [{ field: 'totalUsd', from: 1_000, to: 2_000 }],
    ]);
    await updateRecord(
      t.db,
      'trade-report',
      report.id,
      { ...report.input, notes: 'checked against the customs bulletin' },
      { actor: editor },
    );

    expect(commitImport(t.db, preview.importId ?? '', importer)).toMatchObject({ updated: 1 });
    expect(stored(report.id)).toEqual({
      totalUsd: 2_000,
      notes: 'checked against the customs bulletin',
    });
    // Created (1), edited (2), imported (3): a form opened before the import must see it as a newer version.
    expect(count(`SELECT version FROM trade_reports WHERE id = ${report.id}`)).toBe(3);
  });

  it('refuses when a field it would write was edited since the preview, and writes nothing', async () => {
    const edited = aReportAndItsLine(3_000);
    const untouched = aReportAndItsLine(4_000);
    const addition = 'TM,2002,FY,CN,5000,,Import bulletin,https://example.org/import-bulletin,2026';
    const preview = await previewImport(
      t.db,
      'trade-report',
      'totals.csv',
      upload([edited.line, untouched.line, `,${addition}`]),
    );
    expect(preview.counts).toMatchObject({ changes: 2, additions: 1, invalid: 0 });
    await updateRecord(
      t.db,
      'trade-report',
      edited.id,
      { ...edited.input, totalUsd: 1_500 },
      { actor: editor },
    );
    const before = [
      count('SELECT count(*) FROM trade_reports'),
      count('SELECT count(*) FROM audit_log'),
      count('SELECT count(*) FROM citations'),
    ];

    const refusal = (() => {
      try {
        commitImport(t.db, preview.importId ?? '', importer);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(ImportOutdatedError);
    expect(String(refusal)).toMatch(
      new RegExp(`line 2: trade-report ${edited.id} \\(totalUsd\\) was edited`),
    );
    expect(String(refusal)).toMatch(/Nothing was imported.*Preview the file again/);
    expect([
      count('SELECT count(*) FROM trade_reports'),
      count('SELECT count(*) FROM audit_log'),
      count('SELECT count(*) FROM citations'),
    ]).toEqual(before);
    expect(stored(edited.id).totalUsd).toBe(1_500);
    expect(stored(untouched.id).totalUsd).toBe(1_000);
  });

  it('refuses when a record it would change was deleted since the preview', async () => {
    const report = aReportAndItsLine(6_000);
    const preview = await previewImport(t.db, 'trade-report', 'totals.csv', upload([report.line]));
    await softDeleteRecord(t.db, 'trade-report', report.id, { actor: editor });
    expect(() => commitImport(t.db, preview.importId ?? '', importer)).toThrow(
      new RegExp(`trade-report ${report.id} was deleted`),
    );
    expect(stored(report.id).totalUsd).toBe(1_000);
  });

  it('cites the row’s source beside the record’s own, removing none', async () => {
    const report = aReportAndItsLine(7_000);
    const preview = await previewImport(t.db, 'trade-report', 'totals.csv', upload([report.line]));
    commitImport(t.db, preview.importId ?? '', importer);
    const titles = t.db.$client
      .prepare(
        `SELECT s.title FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.record_kind = 'trade-report' AND c.record_id = ? ORDER BY s.title`,
      )
      .pluck()
      .all(report.id);
    expect(titles).toEqual(['Import bulletin', report.input.citations[0]?.newSource?.title]);
  });
});
