import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { sourceGrade } from '@tianshan/model';
import { citedRecords } from '@tianshan/db/queries/cited-records';
import { dataFreshness, listSources, sourceById } from '@tianshan/db/queries/sources';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const sourcesRouter = createTRPCRouter({
  list: publicProcedure
    .input(
      z
        .object({
          search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
          grades: z.array(sourceGrade).max(10).optional(),
        })
        .default({}),
    )
    .query(({ ctx, input }) => listSources(ctx.db, input)),
  byId: publicProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .query(async ({ ctx, input }) => {
      const source = await sourceById(ctx.db, input.id);
      if (!source) throw new TRPCError({ code: 'NOT_FOUND', message: `No source ${input.id}.` });
      return source;
    }),
  /** What cites a source, each with a label and the page that shows it. */
  citedRecords: publicProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .query(({ ctx, input }) => citedRecords(ctx.db, input.id)),
  freshness: publicProcedure.query(({ ctx }) => dataFreshness(ctx.db)),
});
