import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing';
import type { ExportQuery } from './export-query';
import { investmentChartExportQuery } from './investment-chart-export';
import { investmentExportQuery } from './investment-export';
import { projectExportQuery } from './project-export';
import { projectLanesExportQuery } from './project-lanes-export';
import {
  eventExportQuery,
  indicatorExportQuery,
  milestoneExportQuery,
  sourceExportQuery,
} from './reference-exports';
import { timelineDensityExportQuery } from './timeline-density-export';
import { timelineExportQuery } from './timeline-export';
import { tradeExportQuery } from './trade-export';

/**
 * Exports write SQL result columns by position under their CSV headers, so a column added to a select but not
 * to its header list (or the other way round) would shift every later cell under the wrong header: a date
 * under `value_usd`. Every export, on the whole seed: as many headers as result columns, and each number
 * column holding numbers.
 */
const t = createTestDatabase({ seed: true });
afterAll(() => t.close());

const EXPORTS: Record<string, () => ExportQuery> = {
  trade: () => tradeExportQuery(t.db, {}),
  investments: () => investmentExportQuery(t.db, {}),
  'investment-chart': () => investmentChartExportQuery(t.db, {}),
  projects: () => projectExportQuery(t.db, {}),
  'project-lanes': () => projectLanesExportQuery(t.db, {}, '2026-11-26'),
  timeline: () => timelineExportQuery(t.db, {}),
  'timeline-density': () => timelineDensityExportQuery(t.db, {}),
  indicators: () => indicatorExportQuery(t.db, {}),
  sources: () => sourceExportQuery(t.db, {}),
  milestones: () => milestoneExportQuery(t.db),
  events: () => eventExportQuery(t.db),
};

describe('every export lines its cells up under their headers', () => {
  it.each(Object.keys(EXPORTS))('%s', (name) => {
    const query = (EXPORTS[name] as () => ExportQuery)();
    const statement = t.db.$client.prepare(query.sql).raw();
    expect(statement.columns().map((c) => c.name)).toHaveLength(query.columns.length);
    const rows = statement.all(...query.params) as unknown[][];
    expect(rows.length).toBeGreaterThan(0);
    const misplaced = rows.flatMap((row) =>
      query.columns.flatMap((column, i) => {
        const cell = row[i];
        const isNumber = typeof cell === 'number' || /^-?\d+(\.\d+)?$/.test(String(cell));
        return column.kind === 'number' && cell !== null && !isNumber
          ? [`${column.name}: ${JSON.stringify(cell)}`]
          : [];
      }),
    );
    expect(misplaced).toEqual([]);
  });
});
