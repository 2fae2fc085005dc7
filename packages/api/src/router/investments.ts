import { investmentFilter, pageInput } from '@tianshan/model';
import {
  countInvestments,
  investmentSummary,
  listInvestments,
} from '@tianshan/db/queries/investments';
import { investmentChartPoints } from '@tianshan/db/queries/investment-chart';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const investmentsRouter = createTRPCRouter({
  list: publicProcedure
    .input(investmentFilter.extend(pageInput.shape))
    .query(async ({ ctx, input }) => {
      const { limit, offset, ...filter } = input;
      const [rows, total] = await Promise.all([
        listInvestments(ctx.db, filter, { limit, offset }),
        countInvestments(ctx.db, filter),
      ]);
      return { rows, total };
    }),
  /** Grouped by scope, metric kind and coverage; different kinds and coverages are never summed. */
  summary: publicProcedure
    .input(investmentFilter.default({}))
    .query(({ ctx, input }) => investmentSummary(ctx.db, input)),
  /** Every figure a chart can place, with its sources; the app draws one chart per kind. */
  chart: publicProcedure
    .input(investmentFilter.default({}))
    .query(({ ctx, input }) => investmentChartPoints(ctx.db, input)),
});
