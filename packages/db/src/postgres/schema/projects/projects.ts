import { sql } from 'drizzle-orm';
import {
  bigint,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { serialId, softDelete, timestamps, versioned } from '../columns';

/** Mirrors schema/projects/projects.ts, partial indexes included. */
export const projects = pgTable(
  'projects',
  {
    id: serialId(),
    name: text('name').notNull(),
    sector: text('sector').notNull(),
    sectorDetail: text('sector_detail'),
    chineseParties: text('chinese_parties'),
    localParties: text('local_parties'),
    valueUsd: bigint('value_usd', { mode: 'number' }),
    valueKind: text('value_kind'),
    capacity: text('capacity'),
    status: text('status').notNull(),
    statusDetail: text('status_detail'),
    startedOn: text('started_on'),
    completedOn: text('completed_on'),
    plannedStartOn: text('planned_start_on'),
    plannedCompletionOn: text('planned_completion_on'),
    expectedCompletionOn: text('expected_completion_on'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    locationBasis: text('location_basis'),
    locationNote: text('location_note'),
    description: text('description'),
    ...timestamps,
    ...versioned,
    ...softDelete,
  },
  (t) => [
    // Names and dates in code point order (COLLATE "C"), the order every read sorts text in (Reader.byCodePoint):
    // a key in the database's own collation serves neither those sorts nor a lookup that compares in "C".
    uniqueIndex('projects_name_idx').on(sql`${t.name} COLLATE "C"`),
    index('projects_live_status_idx')
      .on(t.status, t.sector)
      .where(sql`deleted_at IS NULL`),
    index('projects_live_sector_idx')
      .on(t.sector, t.status)
      .where(sql`deleted_at IS NULL`),
    index('projects_live_located_idx')
      .on(t.id, t.lat, t.lon)
      .where(sql`deleted_at IS NULL AND lat IS NOT NULL`),
    index('projects_deleted_idx')
      .on(t.id)
      .where(sql`deleted_at IS NOT NULL`),
    // PostgreSQL wants an expression key in parentheses; the drift test reads it without them.
    index('projects_start_idx').on(
      sql`(${t.startedOn} IS NULL)`,
      sql`${t.startedOn} COLLATE "C" DESC`,
      sql`${t.name} COLLATE "C"`,
    ),
  ],
);

export const projectCountries = pgTable(
  'project_countries',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    country: text('country').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.country] }),
    index('project_countries_country_idx').on(t.country, t.projectId),
  ],
);

export const milestones = pgTable(
  'milestones',
  {
    id: serialId(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    ...timestamps,
    ...versioned,
    ...softDelete,
  },
  (t) => [
    index('milestones_project_idx').on(t.projectId, t.date),
    // Dates are kept in code point order, the order the reads compare and sort them in (byCodePoint): in
    // the database's own collation an index could not serve `ORDER BY date COLLATE "C"` or its ranges.
    index('milestones_live_date_idx')
      .on(sql`(${t.date} COLLATE "C")`, t.projectId)
      .where(sql`deleted_at IS NULL`),
    // SQLite ends every index with the row id; PostgreSQL does not, so the id is spelled out to keep
    // "the next N milestones" an ordered index read here too.
    index('milestones_live_day_idx')
      .on(sql`(${t.date} COLLATE "C")`, t.id)
      .where(sql`deleted_at IS NULL`),
  ],
);
