import { indicatorFilter } from '@tianshan/model';
import { listIndicators } from '@tianshan/db/queries/indicators';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const indicatorsRouter = createTRPCRouter({
  list: publicProcedure
    .input(indicatorFilter.default({}))
    .query(({ ctx, input }) => listIndicators(ctx.db, input)),
});
