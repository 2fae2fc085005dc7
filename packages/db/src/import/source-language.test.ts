import { readCsvText } from '@tianshan/csv/read';
import { writeCsvString } from '@tianshan/csv/write';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteExportQuery } from '../exchange/export-rows';
import { sourceListExport } from '../exchange/reference-exports';
import { streamRows } from '../exchange/stream-rows';
import { tradeExport } from '../exchange/trade-export';
import { createTestDatabase } from '../testing';
import { commitImport } from './commit';
import { previewImport } from './preview';

const test = createTestDatabase();
afterAll(() => test.close());
const actor = { userId: 'u-editor', label: 'editor@example.org' };

describe("a source's language", () => {
  it('is read from source_language on import and written back by both exports', async () => {
    const text =
      'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_date,source_language\r\nTJ,2031,FY,TJ,100,Agency bulletin,https://example.org/tj-2031,2032,RU\r\n';
    const preview = await previewImport(test.db, 'trade-report', 'tj.csv', [
      Buffer.from(text, 'utf8'),
    ]);
    expect(preview.errors).toEqual([]);
    commitImport(test.db, preview.importId ?? '', actor);
    const stored = test.db.$client
      .prepare(`SELECT language FROM sources WHERE url = 'https://example.org/tj-2031'`)
      .pluck()
      .get();
    expect(stored).toBe('ru');

    const trade = sqliteExportQuery(tradeExport({ countries: ['TJ'], yearFrom: 2031 }));
    const [row] = readCsvText(writeCsvString(trade.columns, streamRows(test.file, trade)));
    expect(row?.values.source_language).toBe('ru');
    const sources = sqliteExportQuery(sourceListExport({ search: 'tj-2031' }));
    const listed = readCsvText(writeCsvString(sources.columns, streamRows(test.file, sources)));
    expect(listed.map((r) => r.values.language)).toEqual(['ru']);
  });

  it('refuses a code that is not two letters, on the source column', async () => {
    const text =
      'country_iso2,year,period,reporter,total_usd,source_title,source_language\r\nTJ,2031,FY,TJ,100,Agency bulletin,Russian\r\n';
    const preview = await previewImport(test.db, 'trade-report', 'tj.csv', [
      Buffer.from(text, 'utf8'),
    ]);
    expect(preview.errors.map((e) => `${e.line}|${e.column}|${e.message}`)).toEqual([
      '2|source_language|line 2, column "source_language": must be a two-letter ISO 639-1 code such as en, ru or zh',
    ]);
  });
});
