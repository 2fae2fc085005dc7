import { readCsvText } from '@tianshan/csv/read';
import { writeCsvString } from '@tianshan/csv/write';
import { afterAll, describe, expect, it } from 'vitest';
import { listProjects } from '../queries/projects';
import { timeline } from '../queries/timeline';
import { listTradeReports } from '../queries/trade';
import { tradeReports } from '../schema';
import { createTestDatabase } from '../testing';
import { attachCitations } from '../write/citations';
import type { PortableExport } from './export-query';
import { sqliteExportQuery } from './export-rows';
import { projectExport } from './project-export';
import { streamRows } from './stream-rows';
import { timelineExport } from './timeline-export';
import { TRADE_CSV_COLUMNS, tradeExport } from './trade-export';

const test = createTestDatabase();
afterAll(() => test.close());

function exportCsv(portable: PortableExport): string {
  return writeCsvString(portable.columns, streamRows(test.file, sqliteExportQuery(portable)));
}

describe('exports', () => {
  it('hold exactly the rows the page query selects, in the same order', async () => {
    const filter = { countries: ['KG' as const], yearFrom: 2018, yearTo: 2024 };
    const csv = readCsvText(exportCsv(tradeExport(filter)));
    expect(csv.map((r) => Number(r.values.id))).toEqual(
      (await listTradeReports(test.db, filter)).map((r) => r.id),
    );
    expect(csv.length).toBeGreaterThan(3);

    const projectFilter = {
      countries: ['KZ' as const],
      sectors: ['energy' as const],
      sort: 'value' as const,
      dir: 'desc' as const,
    };
    const projects = readCsvText(exportCsv(projectExport(projectFilter)));
    expect(projects.map((r) => r.values.name)).toEqual(
      (await listProjects(test.db, projectFilter)).map((p) => p.name),
    );
  });

  it('writes the stable header and each value under its own column, with the source', async () => {
    const text = exportCsv(
      tradeExport({
        countries: ['KG'],
        yearFrom: 2024,
        yearTo: 2024,
        reporters: ['KG'],
        periodKinds: ['year'],
      }),
    );
    expect(text.split('\r\n')[0]).toBe(TRADE_CSV_COLUMNS.map((c) => c.name).join(','));
    const [row] = readCsvText(text);
    expect(row?.values).toMatchObject({
      country_iso2: 'KG',
      year: '2024',
      period: 'FY',
      reporter: 'KG',
      total_usd: '5300000000',
      china_imports_usd: '2040000000',
      yoy_growth_pct: '44.7',
      qualifier: 'exact',
    });
    expect(row?.values.source_url).toMatch(/^https?:\/\//);
  });

  it('neutralises formula-looking text but keeps a negative balance a plain number', async () => {
    const id = test.db
      .insert(tradeReports)
      .values({
        scope: 'TM',
        year: 2030,
        period: 'FY',
        periodKind: 'year',
        periodEndMonth: 12,
        reporter: 'CN',
        totalUsd: 10,
        chinaExportsUsd: 1,
        chinaImportsUsd: 9,
        notes: '=HYPERLINK("http://evil.example","x")',
      })
      .returning({ id: tradeReports.id })
      .get().id;
    attachCitations(test.db, 'trade-report', id, [{ sourceId: 1 }]);
    const text = exportCsv(tradeExport({ countries: ['TM'], yearFrom: 2030 }));
    const line = text.split('\r\n')[1] ?? '';
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(line.split(',')[9]).toBe('-8');
  });

  it('applies the timeline page rules: a sector filter leaves relationship events out', async () => {
    const filter = { countries: ['KG' as const], sectors: ['transport' as const] };
    const rows = readCsvText(exportCsv(timelineExport(filter)));
    expect(rows.length).toBe((await timeline(test.db, filter)).length);
    expect(rows.every((r) => r.values.type === 'milestone')).toBe(true);
  });

  it('stops reading when the consumer stops early', async () => {
    const rows = streamRows(test.file, sqliteExportQuery(tradeExport({})));
    expect(rows.next().done).toBe(false);
    // Returning runs the generator's finally block, which closes its private connection.
    expect(rows.return(undefined).done).toBe(true);
    expect(rows.next().done).toBe(true);
  });
});
