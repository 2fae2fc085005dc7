import { readCsvText } from '@tianshan/csv/read';
import { expect, it } from 'vitest';
import { sourceListExport } from '../exchange/reference-exports';
import { tradeExport } from '../exchange/trade-export';
import { describeOnEachDatabase } from '../testing/each-database';
import { commitOn, exportedCsv, upload } from './import-test-support';
import { previewImport } from './preview';

const actor = { userId: 'u-editor', label: 'editor@example.org' };

describeOnEachDatabase(
  "a source's language",
  (database) => {
    it('is read from source_language on import and written back by both exports', async () => {
      const { db, query } = database();
      const text =
        'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_date,source_language\r\nTJ,2031,FY,TJ,100,Agency bulletin,https://example.org/tj-2031,2032,RU\r\n';
      const preview = await previewImport(db, 'trade-report', 'tj.csv', upload(text));
      expect(preview.errors).toEqual([]);
      await commitOn(db, preview.importId, actor);
      const stored = await query<{ language: string }>(
        `SELECT language FROM sources WHERE url = 'https://example.org/tj-2031'`,
      );
      expect(stored.map((s) => s.language)).toEqual(['ru']);

      const trade = await exportedCsv(db, tradeExport({ countries: ['TJ'], yearFrom: 2031 }));
      const [row] = readCsvText(trade);
      expect(row?.values.source_language).toBe('ru');
      const listed = readCsvText(await exportedCsv(db, sourceListExport({ search: 'tj-2031' })));
      expect(listed.map((r) => r.values.language)).toEqual(['ru']);
    });

    it('refuses a code that is not two letters, on the source column', async () => {
      const text =
        'country_iso2,year,period,reporter,total_usd,source_title,source_language\r\nTJ,2031,FY,TJ,100,Agency bulletin,Russian\r\n';
      const preview = await previewImport(database().db, 'trade-report', 'tj.csv', upload(text));
      expect(preview.errors.map((e) => `${e.line}|${e.column}|${e.message}`)).toEqual([
        '2|source_language|line 2, column "source_language": must be a two-letter ISO 639-1 code such as en, ru or zh',
      ]);
    });
  },
  { seed: true },
);
