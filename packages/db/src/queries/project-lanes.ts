import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { ProjectFilter } from '@tianshan/model';
import { sourcesFor } from './citations';
import { countProjects, projectOrder, projectStatementKey, projectWhere } from './projects';
import { readerOf, type Database, type Reader, type SqlDialect } from './reader/reader';
import { selectRows, whereClause } from './reader/selection';

/** A swimlane chart shows at most this many projects; the rest are counted, not drawn. */
export const LANE_LIMIT = 30;

export interface ProjectLanesParams extends ProjectFilter {
  /** At most this many lanes, the first ones in the list's own sort. */
  limit?: number;
  /** Exactly these projects (one project's page); the filter still applies. */
  ids?: number[];
}

function lanesWhere(params: ProjectLanesParams, dialect: SqlDialect): SQL | undefined {
  const { projects: p } = dialect.tables;
  return and(
    projectWhere(params, 'exists', dialect),
    params.ids ? inArray(p.id, params.ids) : undefined,
  );
}

/** The ids of the projects drawn, as a subquery: the chart and its download pick the same ones. */
export function laneProjectIds(params: ProjectLanesParams, dialect: SqlDialect): SQL {
  const { projects: p } = dialect.tables;
  return sql`(SELECT ${p.id} FROM ${p}${whereClause(lanesWhere(params, dialect))}
    ORDER BY ${sql.join(projectOrder(params, dialect), sql`, `)}
    LIMIT ${Math.min(params.limit ?? LANE_LIMIT, LANE_LIMIT)})`;
}

/** The live planned-date reports of these projects, to name the source of each plan drawn. */
async function planReports(reader: Reader, ids: number[]) {
  if (ids.length === 0) return [];
  const { projectFactReports: r } = reader.tables;
  return selectRows(
    reader,
    'plan reports of projects',
    { id: r.id, projectId: r.projectId, fact: r.fact, date: r.date },
    () =>
      sql`FROM ${r} WHERE ${and(
        sql`${r.projectId} IN ${reader.list('ids')}`,
        inArray(r.fact, ['planned-start', 'planned-completion']),
        isNull(r.deletedAt),
      )} ORDER BY ${r.id}`,
    { ids },
  );
}

/** The live milestones of these projects, oldest first. */
async function laneMilestones(reader: Reader, ids: number[]) {
  if (ids.length === 0) return [];
  const { milestones: m } = reader.tables;
  return selectRows(
    reader,
    'milestones of projects',
    { id: m.id, projectId: m.projectId, date: m.date, kind: m.kind, description: m.description },
    () => sql`FROM ${m} WHERE ${and(sql`${m.projectId} IN ${reader.list('ids')}`, isNull(m.deletedAt))}
      ORDER BY ${reader.byCodePoint(m.date)}, ${m.id}`,
    { ids },
  );
}

type SourceLink = { id: number; title: string };

export interface LaneMilestone {
  id: number;
  date: string;
  kind: string;
  description: string;
  source: { id: number; title: string } | null;
}

export interface ProjectLaneRow {
  id: number;
  name: string;
  status: string;
  startedOn: string | null;
  completedOn: string | null;
  /** The plan as first reported (see write/project-plan.ts), drawn apart from what happened. */
  plannedStartOn: string | null;
  plannedCompletionOn: string | null;
  firstMilestone: string | null;
  lastMilestone: string | null;
  source: { id: number; title: string } | null;
  /** The first source of the report each planned date comes from. */
  planSources: { start: SourceLink | null; completion: SourceLink | null };
  milestones: LaneMilestone[];
}

/**
 * The projects of a swimlane chart, in the list's order, each with its milestones and their first source;
 * `total` is how many match, so the chart can say how many of them it shows.
 */
export async function projectLanes(
  db: Database,
  params: ProjectLanesParams,
  /** How the total is counted: a caller that also lists the same filter passes its shared count. */
  count: (filter: ProjectFilter) => Promise<number> = (filter) => countProjects(db, filter),
): Promise<{ total: number; rows: ProjectLaneRow[] }> {
  const reader = readerOf(db);
  const { projects: p, milestones: m } = reader.tables;
  const liveMilestone = and(eq(m.projectId, p.id), isNull(m.deletedAt));
  const rows = await selectRows(
    reader,
    `project lanes ${projectStatementKey(params)}`,
    {
      id: p.id,
      name: p.name,
      status: p.status,
      startedOn: p.startedOn,
      completedOn: p.completedOn,
      plannedStartOn: p.plannedStartOn,
      plannedCompletionOn: p.plannedCompletionOn,
      firstMilestone: sql<string | null>`(SELECT min(${m.date}) FROM ${m} WHERE ${liveMilestone})`,
      lastMilestone: sql<string | null>`(SELECT max(${m.date}) FROM ${m} WHERE ${liveMilestone})`,
    },
    () => sql`FROM ${p}${whereClause(lanesWhere(params, reader))}
      ORDER BY ${sql.join(projectOrder(params, reader), sql`, `)}
      LIMIT ${Math.min(params.limit ?? LANE_LIMIT, LANE_LIMIT)}`,
  );
  const ids = rows.map((r) => r.id);
  const [ms, plans] = await Promise.all([laneMilestones(reader, ids), planReports(reader, ids)]);
  const msSources = await sourcesFor(
    db,
    'milestone',
    ms.map((m) => m.id),
  );
  const projectSources = await sourcesFor(db, 'project', ids);
  const planSources = await sourcesFor(
    db,
    'project-fact',
    plans.map((p) => p.id),
  );
  const planSource = (projectId: number, fact: string, date: string | null) => {
    const report = plans.find(
      (p) => p.projectId === projectId && p.fact === fact && p.date === date,
    );
    return report ? firstSource(planSources.get(report.id)) : null;
  };
  const firstSource = (list: { id: number; title: string }[] | undefined) => {
    const first = list?.[0];
    return first ? { id: first.id, title: first.title } : null;
  };
  const byProject = new Map<number, LaneMilestone[]>();
  for (const { projectId, ...m } of ms) {
    const list = byProject.get(projectId) ?? [];
    list.push({ ...m, source: firstSource(msSources.get(m.id)) });
    byProject.set(projectId, list);
  }
  const { limit: _limit, ids: only, ...filter } = params;
  return {
    total: only ? rows.length : await count(filter),
    rows: rows.map((r) => ({
      ...r,
      source: firstSource(projectSources.get(r.id)),
      planSources: {
        start: planSource(r.id, 'planned-start', r.plannedStartOn),
        completion: planSource(r.id, 'planned-completion', r.plannedCompletionOn),
      },
      milestones: byProject.get(r.id) ?? [],
    })),
  };
}
