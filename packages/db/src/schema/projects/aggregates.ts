import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Counts the dashboard would otherwise take from every project or milestone on every uncached read. They
 * are kept by SQLite triggers (drizzle/0009_aggregate_triggers.sql), inside the same transaction as the
 * write that changes them, whichever path writes: an edit, a delete or restore, an import, the seed.
 * Nothing in the application writes these tables. Rows whose count fell to zero stay, and are skipped.
 */

/** Live projects by status and sector (the overview's charts and the unfiltered project count). */
export const projectTallies = sqliteTable(
  'project_tallies',
  {
    status: text('status').notNull(),
    sector: text('sector').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.status, t.sector] })],
);

/**
 * Live located projects per 1° cell (as `projectMapLocations` groups them), with the sums of their
 * coordinates so the map can place each area at its projects' mean position.
 */
export const projectMapCells = sqliteTable(
  'project_map_cells',
  {
    cellLat: integer('cell_lat').notNull(),
    cellLon: integer('cell_lon').notNull(),
    latSum: real('lat_sum').notNull(),
    lonSum: real('lon_sum').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cellLat, t.cellLon] })],
);

/**
 * Live milestones of live projects by period and kind, the timeline density chart's own rows: a quarter
 * (`2019-Q2`) or, for a date known only to the year, the year (`2019`), as queries/timeline-density.ts
 * puts a date in a period.
 */
export const milestonePeriodCounts = sqliteTable(
  'milestone_period_counts',
  {
    period: text('period').notNull(),
    kind: text('kind').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.period, t.kind] })],
);
