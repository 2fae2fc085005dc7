import { gt, sql } from 'drizzle-orm';
import type { ProjectFilter } from '@tianshan/model';
import { readerOf, type Database } from './reader/reader';
import { selectRows } from './reader/selection';
import { narrowsOnly } from './unfiltered';

/**
 * The unfiltered project figures, read from the tallies the database keeps as projects are written
 * (schema/projects/aggregates.ts) instead of from every project on every read.
 */

/** Sort and direction order a list; they never change what is counted. */
export const isUnfiltered = (filter: ProjectFilter) => narrowsOnly(filter, ['sort', 'dir']);

export async function talliedProjectCount(db: Database): Promise<number> {
  const reader = readerOf(db);
  const { projectTallies } = reader.tables;
  const [row] = await selectRows(
    reader,
    'tallied project count',
    { n: sql<number>`coalesce(sum(${projectTallies.count}), 0)` },
    () => sql`FROM ${projectTallies}`,
  );
  return row?.n ?? 0;
}

/** As `projectCounts` groups live projects: by status and by sector, each in its own key's order. */
export async function talliedProjectCounts(db: Database) {
  const reader = readerOf(db);
  const { projectTallies: t } = reader.tables;
  const count = sql<number>`sum(${t.count})`;
  const [byStatus, bySector] = await Promise.all([
    selectRows(
      reader,
      'tallied projects by status',
      { status: t.status, count },
      () =>
        sql`FROM ${t} WHERE ${gt(t.count, 0)} GROUP BY ${t.status} ORDER BY ${reader.byCodePoint(t.status)}`,
    ),
    selectRows(
      reader,
      'tallied projects by sector',
      { sector: t.sector, count },
      () =>
        sql`FROM ${t} WHERE ${gt(t.count, 0)} GROUP BY ${t.sector} ORDER BY ${reader.byCodePoint(t.sector)}`,
    ),
  ]);
  return { byStatus, bySector };
}

/** Every live located project's 1° cell, at the mean position of the projects in it. */
export async function talliedMapAreas(db: Database) {
  const reader = readerOf(db);
  const { projectMapCells: c } = reader.tables;
  return selectRows(
    reader,
    'tallied map areas',
    {
      lat: sql<number>`${c.latSum} / ${c.count}`,
      lon: sql<number>`${c.lonSum} / ${c.count}`,
      count: c.count,
    },
    () => sql`FROM ${c} WHERE ${gt(c.count, 0)} ORDER BY ${c.cellLat}, ${c.cellLon}`,
  );
}
