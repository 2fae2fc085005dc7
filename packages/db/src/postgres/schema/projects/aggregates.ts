import { doublePrecision, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Mirrors schema/projects/aggregates.ts. Triggers keep these counts inside each write's transaction on both
 * databases (drizzle-postgres/0002_aggregate_triggers.sql here); db:copy copies them as data with the
 * triggers off, and verifies them like any table.
 */

export const projectTallies = pgTable(
  'project_tallies',
  {
    status: text('status').notNull(),
    sector: text('sector').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.status, t.sector] })],
);

export const projectMapCells = pgTable(
  'project_map_cells',
  {
    cellLat: integer('cell_lat').notNull(),
    cellLon: integer('cell_lon').notNull(),
    latSum: doublePrecision('lat_sum').notNull(),
    lonSum: doublePrecision('lon_sum').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cellLat, t.cellLon] })],
);

export const milestonePeriodCounts = pgTable(
  'milestone_period_counts',
  {
    period: text('period').notNull(),
    kind: text('kind').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.period, t.kind] })],
);
