import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { softDelete, timestamps, versioned } from '../columns';

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    sector: text('sector').notNull(),
    /** The source's own sector wording, e.g. "energy - gas pipeline". */
    sectorDetail: text('sector_detail'),
    chineseParties: text('chinese_parties'),
    localParties: text('local_parties'),
    valueUsd: integer('value_usd'),
    valueKind: text('value_kind'),
    capacity: text('capacity'),
    status: text('status').notNull(),
    /** The source's own status wording, e.g. "operating intermittently (repairs from Nov 2023)". */
    statusDetail: text('status_detail'),
    startedOn: text('started_on'),
    completedOn: text('completed_on'),
    /**
     * Kept by the write layer from the project's fact reports (see write/project-plan.ts), never edited
     * directly: the plan as first reported, and the actual or newest expected completion it is compared
     * with, so lists filter on slippage like on any column.
     */
    plannedStartOn: text('planned_start_on'),
    plannedCompletionOn: text('planned_completion_on'),
    expectedCompletionOn: text('expected_completion_on'),
    /** Coordinates are not money: a float is the right type, and `locationBasis` says how good they are. */
    lat: real('lat'),
    lon: real('lon'),
    locationBasis: text('location_basis'),
    locationNote: text('location_note'),
    description: text('description'),
    ...timestamps,
    ...versioned,
    ...softDelete,
  },
  (t) => [
    uniqueIndex('projects_name_idx').on(t.name),
    // Partial indexes over live rows only: the dashboard's counts and filters never see deleted rows,
    // so these cover them without touching the table (see packages/bench query-latency).
    index('projects_live_status_idx')
      .on(t.status, t.sector)
      .where(sql`deleted_at IS NULL`),
    index('projects_live_sector_idx')
      .on(t.sector, t.status)
      .where(sql`deleted_at IS NULL`),
    // The lists' default order (newest start first, as queries/projects.ts sorts it): a page of the list,
    // of a country's projects or of the swimlane reads its first rows in order instead of sorting them all.
    // Not partial: SQLite's planner took a partial index for a cheap way to visit live projects and
    // drove the timeline's country join from it (8 → 30 ms).
    index('projects_start_idx').on(sql`${t.startedOn} IS NULL`, sql`${t.startedOn} DESC`, t.name),
    index('projects_live_located_idx')
      .on(t.id, t.lat, t.lon)
      .where(sql`deleted_at IS NULL AND lat IS NOT NULL`),
    // The few deleted projects: a country's live projects are its rows in project_countries less these
    // (queries/projects.ts), counted from two small indexes instead of a lookup of every project.
    index('projects_deleted_idx')
      .on(t.id)
      .where(sql`deleted_at IS NOT NULL`),
  ],
);

export const projectCountries = sqliteTable(
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

export const milestones = sqliteTable(
  'milestones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    index('milestones_live_date_idx')
      .on(t.date, t.projectId)
      .where(sql`deleted_at IS NULL`),
    // Ordered by (date, id) — the id is the row id every index ends with — so "the next/last N milestones"
    // reads N entries in order instead of sorting every milestone that shares a month.
    index('milestones_live_day_idx')
      .on(t.date)
      .where(sql`deleted_at IS NULL`),
  ],
);
