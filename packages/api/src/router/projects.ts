import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { pageInput, projectFilter, type ProjectFilter } from '@tianshan/model';
import {
  countProjects,
  listProjects,
  projectById,
  projectCounts,
  projectMapLocations,
} from '@tianshan/db/queries/projects';
import { LANE_LIMIT, projectLanes } from '@tianshan/db/queries/project-lanes';
import { filterKey, readOnce } from '../request-reads';
import { createTRPCRouter, publicProcedure, type Context } from '../trpc';

/** The list and its swimlane chart both say how many projects match: counted once per request. */
function countOnce(ctx: Context, filter: ProjectFilter): Promise<number> {
  const { sort: _sort, dir: _dir, ...counted } = filter;
  return readOnce(ctx, `projects.count ${filterKey(counted)}`, () =>
    countProjects(ctx.db, counted),
  );
}

export const projectsRouter = createTRPCRouter({
  list: publicProcedure
    .input(projectFilter.extend(pageInput.shape))
    .query(async ({ ctx, input }) => {
      const { limit, offset, ...filter } = input;
      const [rows, total] = await Promise.all([
        listProjects(ctx.db, filter, { limit, offset }),
        countOnce(ctx, filter),
      ]);
      return { rows, total };
    }),
  byId: publicProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .query(async ({ ctx, input }) => {
      const project = await projectById(ctx.db, input.id);
      if (!project) throw new TRPCError({ code: 'NOT_FOUND', message: `No project ${input.id}.` });
      return project;
    }),
  counts: publicProcedure
    .input(projectFilter.prefault({}))
    .query(({ ctx, input }) => projectCounts(ctx.db, input)),
  /** The swimlane chart: the first projects in the list's sort, their milestones, and how many match. */
  lanes: publicProcedure
    .input(
      projectFilter.extend({
        limit: z.number().int().min(1).max(LANE_LIMIT).optional(),
        ids: z.array(z.number().int().positive()).min(1).max(LANE_LIMIT).optional(),
      }),
    )
    .query(({ ctx, input }) => projectLanes(ctx.db, input, (filter) => countOnce(ctx, filter))),
  locations: publicProcedure
    .input(projectFilter.prefault({}))
    .query(({ ctx, input }) => projectMapLocations(ctx.db, input)),
});
