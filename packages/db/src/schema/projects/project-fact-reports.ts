import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { softDelete, timestamps, versioned } from '../columns';
import { projects } from './projects';

/**
 * One cited report of one fact of a project (its value, status, or a planned or actual start or
 * completion). Several reports of a fact may disagree: all are kept, and one may be marked preferred.
 */
export const projectFactReports = sqliteTable(
  'project_fact_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'restrict' }),
    /** value, status, planned-start, actual-start, planned-completion, actual-completion. */
    fact: text('fact').notNull(),
    valueUsd: integer('value_usd'),
    valueKind: text('value_kind'),
    status: text('status'),
    /** A partial date at the source's precision: a year stays a year. */
    date: text('date'),
    qualifier: text('qualifier').notNull().default('exact'),
    /** The source's own wording ("up to $8 bn", "about six years of construction"). */
    statedAs: text('stated_as'),
    notes: text('notes'),
    /** An editor's explicit choice among the reports of one fact; null means "no choice made". */
    preferred: integer('preferred', { mode: 'boolean' }),
    ...timestamps,
    ...versioned,
    ...softDelete,
  },
  (t) => [
    index('project_fact_reports_live_idx')
      .on(t.projectId, t.fact)
      .where(sql`deleted_at IS NULL`),
  ],
);
