import { readCsvText } from '@tianshan/csv/read';
import { writeCsvString } from '@tianshan/csv/write';
import { SOURCE_GRADES, sourceGradeOf } from '@tianshan/model';
import { afterAll, describe, expect, it } from 'vitest';
import { streamRows } from '../exchange/stream-rows';
import { sqliteExportQuery } from '../exchange/export-rows';
import { tradeExport } from '../exchange/trade-export';
import { createTestDatabase } from '../testing';
import { commitImport } from './commit';
import { previewImport } from './preview';

const test = createTestDatabase();
afterAll(() => test.close());
const actor = { userId: 'u-editor', label: 'editor@example.org' };
const HEADER = 'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_grade';

const preview = (rows: string[]) =>
  previewImport(test.db, 'trade-report', 'graded.csv', [
    Buffer.from(`${HEADER}\r\n${rows.join('\r\n')}\r\n`, 'utf8'),
  ]);
const gradeOf = (url: string) =>
  test.db.$client.prepare(`SELECT grade FROM sources WHERE url = ?`).pluck().get(url);
const count = (table: string) =>
  test.db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe("an imported source's grade", () => {
  it('is taken from source_grade, as a code or as the site words it, and exported back', async () => {
    const byCode = 'https://example.org/grade-2033-a';
    const byLabel = 'https://example.org/grade-2033-b';
    // What the publisher rules alone would say of these pages: not what the file says.
    expect(sourceGradeOf({ title: 'Ministry bulletin', url: byCode })).not.toBe(
      'official-statement',
    );
    const result = await preview([
      `TJ,2033,FY,TJ,100,Ministry bulletin,${byCode},official-statement`,
      `TJ,2033,H1,TJ,50,Agency wire,${byLabel},Major media`,
    ]);
    expect(result.errors).toEqual([]);
    commitImport(test.db, result.importId ?? '', actor);
    expect([gradeOf(byCode), gradeOf(byLabel)]).toEqual(['official-statement', 'major-media']);

    const trade = sqliteExportQuery(tradeExport({ countries: ['TJ'], yearFrom: 2033 }));
    const rows = readCsvText(writeCsvString(trade.columns, streamRows(test.file, trade)));
    expect(rows.map((r) => [r.values.source_url, r.values.source_grade]).sort()).toEqual([
      [byCode, 'official-statement'],
      [byLabel, 'major-media'],
    ]);
  });

  it('left blank, is read from the publisher and the address as before', async () => {
    const url = 'https://example.org/grade-2034';
    const result = await preview([`TJ,2034,FY,TJ,100,Agency bulletin,${url},`]);
    commitImport(test.db, result.importId ?? '', actor);
    expect(gradeOf(url)).toBe(sourceGradeOf({ title: 'Agency bulletin', url }));
  });

  it('refuses a grade not on the list, naming line and column, and writes nothing', async () => {
    const before = [count('sources'), count('trade_reports'), count('audit_log')];
    const result = await preview([
      'TJ,2035,FY,TJ,100,Agency bulletin,https://example.org/grade-2035-a,official-statement',
      'TJ,2035,H1,TJ,50,Agency bulletin,https://example.org/grade-2035-b,gold standard',
    ]);
    expect(result.errors.map((e) => `${e.line}|${e.column}|${e.message}`)).toEqual([
      `3|source_grade|line 3, column "source_grade": must be one of ${SOURCE_GRADES.join(', ')}`,
    ]);
    expect(result.importId).toBeNull();
    expect([count('sources'), count('trade_reports'), count('audit_log')]).toEqual(before);
  });

  it('leaves the grade of a source already stored as it is', async () => {
    const url = 'https://example.org/grade-2033-a';
    const result = await preview([`TJ,2036,FY,TJ,100,Ministry bulletin,${url},weak`]);
    commitImport(test.db, result.importId ?? '', actor);
    expect(gradeOf(url)).toBe('official-statement');
  });
});
