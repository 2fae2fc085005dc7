import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { ProjectFilter } from '@tianshan/model';
import type { Db } from '../client';
import { jsonList, preparedFor, preparedOnce } from '../prepared';
import { milestones, projectFactReports, projects } from '../schema';
import { sourcesFor } from './citations';
import { countProjects, projectOrder, projectStatementKey, projectWhere } from './projects';

/** A swimlane chart shows at most this many projects; the rest are counted, not drawn. */
export const LANE_LIMIT = 30;

export interface ProjectLanesParams extends ProjectFilter {
  /** At most this many lanes, the first ones in the list's own sort. */
  limit?: number;
  /** Exactly these projects (one project's page); the filter still applies. */
  ids?: number[];
}

function lanesWhere(params: ProjectLanesParams): SQL | undefined {
  return and(projectWhere(params), params.ids ? inArray(projects.id, params.ids) : undefined);
}

/** The ids of the projects drawn, as a subquery: the chart and its download pick the same ones. */
export function laneProjectIds(db: Db, params: ProjectLanesParams) {
  return db
    .select({ id: projects.id })
    .from(projects)
    .where(lanesWhere(params))
    .orderBy(...projectOrder(params))
    .limit(Math.min(params.limit ?? LANE_LIMIT, LANE_LIMIT));
}

/** The live planned-date reports of these projects, to name the source of each plan drawn. */
function planReports(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const statement = preparedOnce(db, 'plan reports of projects', () =>
    db
      .select({
        id: projectFactReports.id,
        projectId: projectFactReports.projectId,
        fact: projectFactReports.fact,
        date: projectFactReports.date,
      })
      .from(projectFactReports)
      .where(
        and(
          sql`${projectFactReports.projectId} IN ${jsonList('ids')}`,
          inArray(projectFactReports.fact, ['planned-start', 'planned-completion']),
          isNull(projectFactReports.deletedAt),
        ),
      )
      .orderBy(asc(projectFactReports.id))
      .prepare(),
  );
  return statement.all({ ids: JSON.stringify(ids) });
}

/** The live milestones of these projects, oldest first. */
function laneMilestones(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const statement = preparedOnce(db, 'milestones of projects', () =>
    db
      .select({
        id: milestones.id,
        projectId: milestones.projectId,
        date: milestones.date,
        kind: milestones.kind,
        description: milestones.description,
      })
      .from(milestones)
      .where(and(sql`${milestones.projectId} IN ${jsonList('ids')}`, isNull(milestones.deletedAt)))
      .orderBy(asc(milestones.date), asc(milestones.id))
      .prepare(),
  );
  return statement.all({ ids: JSON.stringify(ids) });
}

const liveMilestone = and(eq(milestones.projectId, projects.id), isNull(milestones.deletedAt));

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
  db: Db,
  params: ProjectLanesParams,
  /** How the total is counted: a caller that also lists the same filter passes its shared count. */
  count: (filter: ProjectFilter) => Promise<number> = (filter) => countProjects(db, filter),
): Promise<{ total: number; rows: ProjectLaneRow[] }> {
  const rows = preparedFor(db, `project lanes ${projectStatementKey(params)}`, () =>
    db
      .select({
        id: projects.id,
        name: projects.name,
        status: projects.status,
        startedOn: projects.startedOn,
        completedOn: projects.completedOn,
        plannedStartOn: projects.plannedStartOn,
        plannedCompletionOn: projects.plannedCompletionOn,
        firstMilestone: sql<
          string | null
        >`(SELECT min(${milestones.date}) FROM ${milestones} WHERE ${liveMilestone})`,
        lastMilestone: sql<
          string | null
        >`(SELECT max(${milestones.date}) FROM ${milestones} WHERE ${liveMilestone})`,
      })
      .from(projects)
      .where(lanesWhere(params))
      .orderBy(...projectOrder(params))
      .limit(Math.min(params.limit ?? LANE_LIMIT, LANE_LIMIT))
      .prepare(),
  ).all();
  const ids = rows.map((r) => r.id);
  const ms = laneMilestones(db, ids);
  const msSources = await sourcesFor(
    db,
    'milestone',
    ms.map((m) => m.id),
  );
  const projectSources = await sourcesFor(db, 'project', ids);
  const plans = planReports(db, ids);
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
