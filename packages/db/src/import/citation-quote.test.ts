import { readCsvText } from '@tianshan/csv/read';
import { writeCsvString } from '@tianshan/csv/write';
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

describe("a citation's quote", () => {
  it('is read from the quote column and more_sources on import, and written back by the export', async () => {
    const more = JSON.stringify([
      { title: 'Second page', url: 'https://example.org/quote-2032-b', quote: 'le chiffre' },
    ]).replaceAll('"', '""');
    const text =
      'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_date,quote,more_sources\r\n' +
      `UZ,2032,FY,UZ,100,First page,https://example.org/quote-2032-a,c.2032-11,"товарооборот составил ""100""","${more}"\r\n`;
    const preview = await previewImport(test.db, 'trade-report', 'q.csv', [
      Buffer.from(text, 'utf8'),
    ]);
    expect(preview.errors).toEqual([]);
    commitImport(test.db, preview.importId ?? '', actor);
    const stored = test.db.$client
      .prepare(
        `SELECT s.url, c.quote FROM citations c JOIN sources s ON s.id = c.source_id JOIN trade_reports t ON t.id = c.record_id AND c.record_kind = 'trade-report' WHERE t.scope = 'UZ' AND t.year = 2032 ORDER BY c.id`,
      )
      .all();
    expect(stored).toEqual([
      { url: 'https://example.org/quote-2032-a', quote: 'товарооборот составил "100"' },
      { url: 'https://example.org/quote-2032-b', quote: 'le chiffre' },
    ]);

    const trade = sqliteExportQuery(tradeExport({ countries: ['UZ'], yearFrom: 2032 }));
    const [row] = readCsvText(writeCsvString(trade.columns, streamRows(test.file, trade)));
    expect(row?.values.quote).toBe('товарооборот составил "100"');
    expect(row?.values.source_date).toBe('c.2032-11');
    expect(JSON.parse(row?.values.more_sources ?? '[]')).toEqual([
      expect.objectContaining({ url: 'https://example.org/quote-2032-b', quote: 'le chiffre' }),
    ]);
  });
});
