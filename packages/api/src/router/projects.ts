import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { pageInput, projectFilter } from '@tianshan/model';
import {
  countProjects,
  listProjects,
  projectById,
  projectCounts,
  projectMapLocations,
} from '@tianshan/db/queries/projects';
import { LANE_LIMIT, projectLanes } from '@tianshan/db/queries/project-lanes';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const projectsRouter = createTRPCRouter({
  list: publicProcedure.input(projectFilter.extend(pageInput.shape)).query(({ ctx, input }) => {
    const { limit, offset, ...filter } = input;
    return {
      rows: listProjects(ctx.db, filter, { limit, offset }),
      total: countProjects(ctx.db, filter),
    };
  }),
  byId: publicProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .query(({ ctx, input }) => {
      const project = projectById(ctx.db, input.id);
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
    .query(({ ctx, input }) => projectLanes(ctx.db, input)),
  locations: publicProcedure
    .input(projectFilter.prefault({}))
    .query(({ ctx, input }) => projectMapLocations(ctx.db, input)),
});
