import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { serialId, softDelete, timestamps, versioned } from '../columns';
import { projects } from './projects';

/** Mirrors schema/projects/project-fact-reports.ts. */
export const projectFactReports = pgTable(
  'project_fact_reports',
  {
    id: serialId(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'restrict' }),
    fact: text('fact').notNull(),
    valueUsd: bigint('value_usd', { mode: 'number' }),
    valueKind: text('value_kind'),
    status: text('status'),
    date: text('date'),
    qualifier: text('qualifier').notNull().default('exact'),
    statedAs: text('stated_as'),
    notes: text('notes'),
    preferred: boolean('preferred'),
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
