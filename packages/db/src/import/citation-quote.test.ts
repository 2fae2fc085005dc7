import { readCsvText } from '@tianshan/csv/read';
import { expect, it } from 'vitest';
import { tradeExport } from '../exchange/trade-export';
import { describeOnEachDatabase } from '../testing/each-database';
import { commitOn, exportedCsv, upload } from './import-test-support';
import { previewImport } from './preview';

const actor = { userId: 'u-editor', label: 'editor@example.org' };

describeOnEachDatabase(
  "a citation's quote",
  (database) => {
    it('is read from the quote column and more_sources on import, and written back by the export', async () => {
      const { db, query } = database();
      const more = JSON.stringify([
        { title: 'Second page', url: 'https://example.org/quote-2032-b', quote: 'le chiffre' },
      ]).replaceAll('"', '""');
      const text =
        'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_date,quote,more_sources\r\n' +
        `UZ,2032,FY,UZ,100,First page,https://example.org/quote-2032-a,c.2032-11,"товарооборот составил ""100""","${more}"\r\n`;
      const preview = await previewImport(db, 'trade-report', 'q.csv', upload(text));
      expect(preview.errors).toEqual([]);
      await commitOn(db, preview.importId, actor);
      const stored = await query(
        `SELECT s.url, c.quote FROM citations c JOIN sources s ON s.id = c.source_id JOIN trade_reports t ON t.id = c.record_id AND c.record_kind = 'trade-report' WHERE t.scope = 'UZ' AND t.year = 2032 ORDER BY c.id`,
      );
      expect(stored).toEqual([
        { url: 'https://example.org/quote-2032-a', quote: 'товарооборот составил "100"' },
        { url: 'https://example.org/quote-2032-b', quote: 'le chiffre' },
      ]);

      const exported = await exportedCsv(db, tradeExport({ countries: ['UZ'], yearFrom: 2032 }));
      const [row] = readCsvText(exported);
      expect(row?.values.quote).toBe('товарооборот составил "100"');
      expect(row?.values.source_date).toBe('c.2032-11');
      expect(JSON.parse(row?.values.more_sources ?? '[]')).toEqual([
        expect.objectContaining({ url: 'https://example.org/quote-2032-b', quote: 'le chiffre' }),
      ]);
    });
  },
  { seed: true },
);
