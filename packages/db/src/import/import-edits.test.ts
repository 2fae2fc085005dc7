import { expect, it } from 'vitest';
import { aTradeReport } from '../testing';
import { describeOnEachDatabase } from '../testing/each-database';
import { createRecord, softDeleteRecord, updateRecord } from '../write/records';
import { ImportOutdatedError } from './commit-errors';
import { commitOn, upload } from './import-test-support';
import { previewImport } from './preview';

/**
 * Edits made between an import's preview and its confirmation: the commit writes only the fields the preview
 * showed as changing, so other edits survive, and refuses when a field it would write was edited since.
 */
const editor = { userId: 'u-editor', label: 'editor@example.org' };
const importer = { userId: 'u-admin', label: 'admin@example.org' };

const HEADER =
  'id,country_iso2,year,period,reporter,total_usd,notes,source_title,source_url,source_date';

const file = (lines: string[]) => upload(`${HEADER}\n${lines.join('\n')}\n`);

describeOnEachDatabase('an import confirmed after edits', (database) => {
  const db = () => database().db;
  const count = (sql: string) => database().count(sql);
  const stored = async (id: number) => {
    const [row] = await database().query<{ totalUsd: number; notes: string | null }>(
      'SELECT total_usd AS "totalUsd", notes FROM trade_reports WHERE id = $1',
      [id],
    );
    return { totalUsd: Number(row?.totalUsd), notes: row?.notes ?? null };
  };

  /** One report written by the editor, and the import file line that sets its total to `totalUsd`. */
  async function aReportAndItsLine(totalUsd: number) {
    const input = aTradeReport({ scope: 'TM', year: 2001, period: 'Q3', totalUsd: 1_000 });
    const id = await createRecord(db(), 'trade-report', input, { actor: editor });
    const line = `${id},TM,2001,Q3,CN,${totalUsd},,Import bulletin,https://example.org/import-bulletin,2026`;
    return { id, input, line };
  }

  it('keeps an edit to a field the preview did not show as changing', async () => {
    const report = await aReportAndItsLine(2_000);
    const preview = await previewImport(db(), 'trade-report', 'totals.csv', file([report.line]));
    expect(preview.changes.map((c) => c.fields)).toEqual([
      [{ field: 'totalUsd', from: 1_000, to: 2_000 }],
    ]);
    await updateRecord(
      db(),
      'trade-report',
      report.id,
      { ...report.input, notes: 'checked against the customs bulletin' },
      { actor: editor },
    );

    expect(await commitOn(db(), preview.importId, importer)).toMatchObject({ updated: 1 });
    expect(await stored(report.id)).toEqual({
      totalUsd: 2_000,
      notes: 'checked against the customs bulletin',
    });
    // Created (1), edited (2), imported (3): a form opened before the import must see it as a newer version.
    expect(await count(`SELECT version FROM trade_reports WHERE id = ${report.id}`)).toBe(3);
  });

  it('refuses when a field it would write was edited since the preview, and writes nothing', async () => {
    const edited = await aReportAndItsLine(3_000);
    const untouched = await aReportAndItsLine(4_000);
    const addition = 'TM,2002,FY,CN,5000,,Import bulletin,https://example.org/import-bulletin,2026';
    const preview = await previewImport(
      db(),
      'trade-report',
      'totals.csv',
      file([edited.line, untouched.line, `,${addition}`]),
    );
    expect(preview.counts).toMatchObject({ changes: 2, additions: 1, invalid: 0 });
    await updateRecord(
      db(),
      'trade-report',
      edited.id,
      { ...edited.input, totalUsd: 1_500 },
      { actor: editor },
    );
    const counts = () =>
      Promise.all([
        count('SELECT count(*) FROM trade_reports'),
        count('SELECT count(*) FROM audit_log'),
        count('SELECT count(*) FROM citations'),
        count('SELECT count(*) FROM sources'),
      ]);
    const before = await counts();

    const refusal = await commitOn(db(), preview.importId, importer).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ImportOutdatedError);
    expect(String(refusal)).toMatch(
      new RegExp(`line 2: trade-report ${edited.id} \\(totalUsd\\) was edited`),
    );
    expect(String(refusal)).toMatch(/Nothing was imported.*Preview the file again/);
    expect(await counts()).toEqual(before);
    expect((await stored(edited.id)).totalUsd).toBe(1_500);
    expect((await stored(untouched.id)).totalUsd).toBe(1_000);
  });

  it('refuses when a record it would change was deleted since the preview', async () => {
    const report = await aReportAndItsLine(6_000);
    const preview = await previewImport(db(), 'trade-report', 'totals.csv', file([report.line]));
    await softDeleteRecord(db(), 'trade-report', report.id, { actor: editor });
    await expect(commitOn(db(), preview.importId, importer)).rejects.toThrow(
      new RegExp(`trade-report ${report.id} was deleted`),
    );
    expect((await stored(report.id)).totalUsd).toBe(1_000);
  });

  it('cites the row’s source beside the record’s own, removing none', async () => {
    const report = await aReportAndItsLine(7_000);
    const preview = await previewImport(db(), 'trade-report', 'totals.csv', file([report.line]));
    await commitOn(db(), preview.importId, importer);
    const titles = await database().query<{ title: string }>(
      `SELECT s.title FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.record_kind = 'trade-report' AND c.record_id = $1`,
      [report.id],
    );
    expect(titles.map((t) => t.title).sort()).toEqual(
      ['Import bulletin', report.input.citations[0]?.newSource?.title].sort(),
    );
  });

  it('audits each change with the record before and after, in the import’s transaction', async () => {
    const report = await aReportAndItsLine(8_000);
    const preview = await previewImport(db(), 'trade-report', 'audited.csv', file([report.line]));
    await commitOn(db(), preview.importId, importer);
    const [entry] = await database().query<{ before: string; after: string }>(
      `SELECT before, after FROM audit_log WHERE reason = 'CSV import audited.csv' AND record_id = $1`,
      [String(report.id)],
    );
    expect(JSON.parse(entry?.before ?? '{}')).toMatchObject({ totalUsd: 1_000, version: 1 });
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({ totalUsd: 8_000, version: 2 });
  });
});
