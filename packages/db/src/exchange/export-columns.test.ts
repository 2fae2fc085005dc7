import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing';
import type { PortableExport } from './export-query';
import { sqliteExportQuery } from './export-rows';
import { investmentChartExport } from './investment-chart-export';
import { investmentExport } from './investment-export';
import { projectExport } from './project-export';
import { projectLanesExport } from './project-lanes-export';
import {
  eventExport,
  indicatorExport,
  milestoneExport,
  sourceListExport,
} from './reference-exports';
import { timelineDensityExport } from './timeline-density-export';
import { timelineExport } from './timeline-export';
import { tradeExport } from './trade-export';

/**
 * Exports write SQL result columns by position under their CSV headers, so a column added to a select but not
 * to its header list (or the other way round) would shift every later cell under the wrong header: a date
 * under `value_usd`. Every export, on the whole seed: as many headers as result columns, and each number
 * column holding numbers.
 */
const t = createTestDatabase({ seed: true });
afterAll(() => t.close());

const EXPORTS: Record<string, PortableExport> = {
  trade: tradeExport({}),
  investments: investmentExport({}),
  'investment-chart': investmentChartExport({}),
  projects: projectExport({}),
  'project-lanes': projectLanesExport({}, '2026-11-26'),
  timeline: timelineExport({}),
  'timeline-density': timelineDensityExport({}),
  indicators: indicatorExport({}),
  sources: sourceListExport({}),
  milestones: milestoneExport(),
  events: eventExport(),
};

describe('every export lines its cells up under their headers', () => {
  it.each(Object.keys(EXPORTS))('%s', (name) => {
    const query = sqliteExportQuery(EXPORTS[name] as PortableExport);
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
