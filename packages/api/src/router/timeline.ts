import { z } from 'zod';
import { timelineFilter } from '@tianshan/model';
import { milestoneWindow, timeline } from '@tianshan/db/queries/timeline';
import { timelineDensity } from '@tianshan/db/queries/timeline-density';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const timelineRouter = createTRPCRouter({
  list: publicProcedure
    .input(
      timelineFilter.extend({
        limit: z.number().int().min(1).max(5000).default(1000),
        offset: z.number().int().min(0).default(0),
      }),
    )
    .query(({ ctx, input }) => {
      const { limit, offset, ...filter } = input;
      return timeline(ctx.db, filter, limit, offset);
    }),
  /** Milestones and events per quarter and kind, for the density chart above the list. */
  density: publicProcedure
    .input(timelineFilter.prefault({}))
    .query(({ ctx, input }) => timelineDensity(ctx.db, input)),
  /** Planned milestones after today and the latest ones before it. */
  milestoneWindow: publicProcedure
    .input(z.object({ count: z.number().int().min(1).max(50).default(8) }).default({ count: 8 }))
    .query(({ ctx, input }) =>
      milestoneWindow(ctx.db, new Date().toISOString().slice(0, 10), input.count),
    ),
});
