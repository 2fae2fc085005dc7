import { z } from 'zod';
import { investmentCoverage, listedKind } from '@tianshan/model';
import { findDuplicates } from '@tianshan/db/queries/duplicates';
import { listRecords, RECORD_PAGE_SIZES } from '@tianshan/db/queries/record-list';
import { createTRPCRouter, editorProcedure } from '../trpc';

const listInput = z.object({
  kind: listedKind,
  search: z.string().trim().max(200).optional(),
  sort: z.string().max(50).default('id'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z
    .number()
    .int()
    .refine(
      (n) => (RECORD_PAGE_SIZES as readonly number[]).includes(n),
      'is not an offered page size',
    )
    .default(RECORD_PAGE_SIZES[0]),
  deleted: z.boolean().default(false),
});

const text = z.string().trim().min(1).max(300);
const duplicateInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('trade-report'),
    scope: text,
    year: z.number().int(),
    period: text,
    reporter: text,
    productCode: text.nullish(),
    flows: z.array(z.enum(['totalUsd', 'chinaExportsUsd', 'chinaImportsUsd'])).max(3),
  }),
  z.object({
    kind: z.literal('investment'),
    scope: text,
    year: z.number().int(),
    metricKind: text,
    asOf: text.nullish(),
    coverage: investmentCoverage.nullish(),
  }),
  z.object({ kind: z.literal('project'), name: text }),
]);

/**
 * The editor's workbench: every kind's records listed page by page (deleted ones too), and the records an
 * add form is about to repeat. Editors only; never cached, since an editor expects to see their own change.
 */
export const workbenchRouter = createTRPCRouter({
  list: editorProcedure.input(listInput).query(({ ctx, input }) => listRecords(ctx.db, input)),
  duplicates: editorProcedure
    .input(duplicateInput)
    .query(({ ctx, input }) => findDuplicates(ctx.db, input)),
});
