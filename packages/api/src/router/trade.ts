import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  countryCode,
  pageInput,
  reporter,
  reporterGroup,
  scopeCode,
  tradeFilter,
  MIRROR_REASONS,
} from '@tianshan/model';
import {
  countTradeReports,
  listTradeReports,
  preferredTradeFigurePage,
  preferredTradeFigures,
  tradeReportById,
} from '@tianshan/db/queries/trade';
import {
  aggregateConsistency,
  mirrorStatistics,
  tradeByCountryYear,
  tradeHeadline,
  tradeSeries,
  tradeYearChart,
} from '@tianshan/db/queries/trade-aggregates';
import { tradeCoverage } from '@tianshan/db/queries/trade-coverage';
import { createTRPCRouter, publicProcedure } from '../trpc';

const year = z.number().int().min(1991).max(2100);

export const tradeRouter = createTRPCRouter({
  /** Every report, alternatives included, as stored. */
  list: publicProcedure.input(tradeFilter.extend(pageInput.shape)).query(async ({ ctx, input }) => {
    const { limit, offset, ...filter } = input;
    const [rows, total] = await Promise.all([
      listTradeReports(ctx.db, filter, { limit, offset }),
      countTradeReports(ctx.db, filter),
    ]);
    return { rows, total };
  }),
  /** One preferred figure per key, with the disagreeing reports listed as alternatives. */
  figures: publicProcedure
    .input(tradeFilter)
    .query(({ ctx, input }) => preferredTradeFigures(ctx.db, input)),
  /** The explorer's page of preferred figures, newest first, with the number of figures in all. */
  figurePage: publicProcedure.input(tradeFilter.extend(pageInput.shape)).query(({ ctx, input }) => {
    const { limit, offset, ...filter } = input;
    return preferredTradeFigurePage(ctx.db, filter, { limit, offset });
  }),
  byId: publicProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .query(async ({ ctx, input }) => {
      const row = await tradeReportById(ctx.db, input.id);
      if (!row || row.deletedAt)
        throw new TRPCError({ code: 'NOT_FOUND', message: `No trade report ${input.id}.` });
      return row;
    }),
  /** The explorer's chart of calendar-year totals for the same filter as `figures`, ready to draw. */
  yearChart: publicProcedure
    .input(tradeFilter)
    .query(({ ctx, input }) => tradeYearChart(ctx.db, input)),
  /** One country's calendar years per reporter, and the same as chart rows over every year of the span. */
  series: publicProcedure
    .input(z.object({ country: scopeCode, reporters: z.array(reporter).optional() }))
    .query(({ ctx, input }) => tradeSeries(ctx.db, input)),
  byCountryYear: publicProcedure
    .input(
      z
        .object({
          reporter: reporter.default('CN'),
          yearFrom: year.optional(),
          yearTo: year.optional(),
          countries: z.array(countryCode).optional(),
        })
        .default({ reporter: 'CN' }),
    )
    .query(({ ctx, input }) => tradeByCountryYear(ctx.db, input)),
  mirror: publicProcedure
    .input(z.object({ country: countryCode }))
    .query(async ({ ctx, input }) => ({
      years: await mirrorStatistics(ctx.db, input.country),
      reasons: MIRROR_REASONS[input.country],
    })),
  aggregateCheck: publicProcedure.query(({ ctx }) => aggregateConsistency(ctx.db)),
  headline: publicProcedure.query(({ ctx }) => tradeHeadline(ctx.db)),
  /**
   * The country × year grid per reporter group and each series' freshness. "Today" is the server's date,
   * which the read cache's key already carries, so a cached grid never outlives its day.
   */
  coverage: publicProcedure
    .input(
      z
        .object({
          countries: z.array(countryCode).max(5).optional(),
          reporterGroups: z.array(reporterGroup).max(3).optional(),
          yearFrom: year.optional(),
          yearTo: year.optional(),
        })
        .default({}),
    )
    .query(({ ctx, input }) =>
      tradeCoverage(ctx.db, { ...input, today: new Date().toISOString().slice(0, 10) }),
    ),
});
