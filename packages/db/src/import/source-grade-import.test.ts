import { readCsvText } from '@tianshan/csv/read';
import { SOURCE_GRADES, sourceGradeOf } from '@tianshan/model';
import { expect, it } from 'vitest';
import { tradeExport } from '../exchange/trade-export';
import { describeOnEachDatabase } from '../testing/each-database';
import { commitOn, exportedCsv, upload } from './import-test-support';
import { previewImport } from './preview';

const actor = { userId: 'u-editor', label: 'editor@example.org' };
const HEADER = 'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_grade';

describeOnEachDatabase(
  "an imported source's grade",
  (database) => {
    const preview = (rows: string[]) =>
      previewImport(
        database().db,
        'trade-report',
        'graded.csv',
        upload(`${HEADER}\r\n${rows.join('\r\n')}\r\n`),
      );
    const commit = (importId: string | null) => commitOn(database().db, importId, actor);
    const gradeOf = async (url: string) =>
      (
        await database().query<{ grade: string }>(`SELECT grade FROM sources WHERE url = $1`, [url])
      )[0]?.grade;
    const count = (table: string) => database().count(`SELECT count(*) FROM ${table}`);

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
      await commit(result.importId);
      expect([await gradeOf(byCode), await gradeOf(byLabel)]).toEqual([
        'official-statement',
        'major-media',
      ]);

      const exported = await exportedCsv(
        database().db,
        tradeExport({ countries: ['TJ'], yearFrom: 2033 }),
      );
      const rows = readCsvText(exported);
      expect(rows.map((r) => [r.values.source_url, r.values.source_grade]).sort()).toEqual([
        [byCode, 'official-statement'],
        [byLabel, 'major-media'],
      ]);
    });

    it('left blank, is read from the publisher and the address as before', async () => {
      const url = 'https://example.org/grade-2034';
      const result = await preview([`TJ,2034,FY,TJ,100,Agency bulletin,${url},`]);
      await commit(result.importId);
      expect(await gradeOf(url)).toBe(sourceGradeOf({ title: 'Agency bulletin', url }));
    });

    it('refuses a grade not on the list, naming line and column, and writes nothing', async () => {
      const counts = () =>
        Promise.all([count('sources'), count('trade_reports'), count('audit_log')]);
      const before = await counts();
      const result = await preview([
        'TJ,2035,FY,TJ,100,Agency bulletin,https://example.org/grade-2035-a,official-statement',
        'TJ,2035,H1,TJ,50,Agency bulletin,https://example.org/grade-2035-b,gold standard',
      ]);
      expect(result.errors.map((e) => `${e.line}|${e.column}|${e.message}`)).toEqual([
        `3|source_grade|line 3, column "source_grade": must be one of ${SOURCE_GRADES.join(', ')}`,
      ]);
      expect(result.importId).toBeNull();
      expect(await counts()).toEqual(before);
    });

    it('leaves the grade of a source already stored as it is', async () => {
      const url = 'https://example.org/grade-2033-a';
      const result = await preview([`TJ,2036,FY,TJ,100,Ministry bulletin,${url},weak`]);
      await commit(result.importId);
      expect(await gradeOf(url)).toBe('official-statement');
    });
  },
  { seed: true },
);
