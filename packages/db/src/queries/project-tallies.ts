import { asc, gt, sql } from 'drizzle-orm';
import type { ProjectFilter } from '@tianshan/model';
import type { Db } from '../client';
import { preparedOnce } from '../prepared';
import { projectMapCells, projectTallies } from '../schema';
import { narrowsOnly } from './unfiltered';

/**
 * The unfiltered project figures, read from the tallies the database keeps as projects are written
 * (schema/projects/aggregates.ts) instead of from every project on every read.
 */

/** Sort and direction order a list; they never change what is counted. */
export const isUnfiltered = (filter: ProjectFilter) => narrowsOnly(filter, ['sort', 'dir']);

export async function talliedProjectCount(db: Db): Promise<number> {
  const statement = preparedOnce(db, 'tallied project count', () =>
    db
      .select({ n: sql<number>`coalesce(sum(${projectTallies.count}), 0)` })
      .from(projectTallies)
      .prepare(),
  );
  return statement.get()?.n ?? 0;
}

/** As `projectCounts` groups live projects: by status and by sector, each in its own key's order. */
export async function talliedProjectCounts(db: Db) {
  const count = sql<number>`sum(${projectTallies.count})`;
  const byStatus = preparedOnce(db, 'tallied projects by status', () =>
    db
      .select({ status: projectTallies.status, count })
      .from(projectTallies)
      .where(gt(projectTallies.count, 0))
      .groupBy(projectTallies.status)
      .orderBy(asc(projectTallies.status))
      .prepare(),
  );
  const bySector = preparedOnce(db, 'tallied projects by sector', () =>
    db
      .select({ sector: projectTallies.sector, count })
      .from(projectTallies)
      .where(gt(projectTallies.count, 0))
      .groupBy(projectTallies.sector)
      .orderBy(asc(projectTallies.sector))
      .prepare(),
  );
  return { byStatus: byStatus.all(), bySector: bySector.all() };
}

/** Every live located project's 1° cell, at the mean position of the projects in it. */
export async function talliedMapAreas(db: Db) {
  const c = projectMapCells;
  const statement = preparedOnce(db, 'tallied map areas', () =>
    db
      .select({
        lat: sql<number>`${c.latSum} / ${c.count}`,
        lon: sql<number>`${c.lonSum} / ${c.count}`,
        count: c.count,
      })
      .from(c)
      .where(gt(c.count, 0))
      .orderBy(asc(c.cellLat), asc(c.cellLon))
      .prepare(),
  );
  return statement.all();
}
