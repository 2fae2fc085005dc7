import { z } from 'zod';
import { REPORTER_LABELS, REPORTERS, reporter, type Reporter } from '../enums';
import { growthBasisPoints, usdAmount } from '../money';
import { periodLabel } from '../period';
import { money, number, oneOf, percentBasisPoints, text } from './codecs';
import { defineKind, shapeOf } from './descriptor';
import { notesField, qualifierField, scopeField, USD_HINT } from './shared-fields';
import { citations } from './source';
import { nullable } from './zod-text';

const isReporter = (v: string): v is Reporter => (REPORTERS as readonly string[]).includes(v);
const usd = (column: string, label: string) => ({
  schema: nullable(usdAmount),
  column,
  codec: money,
  label,
  hint: USD_HINT,
  sortable: true,
});

const tradeReportFields = {
  scope: scopeField,
  year: {
    schema: z.number().int().min(1991, 'must be 1991 or later').max(2100),
    column: 'year',
    codec: number,
    label: 'Year',
    required: true,
    sortable: true,
  },
  period: {
    schema: periodLabel,
    column: 'period',
    codec: text,
    label: 'Period',
    hint: 'FY, H1, Q1, May, Jan-Apr …',
    required: true,
  },
  reporter: {
    schema: reporter,
    column: 'reporter',
    codec: oneOf(REPORTERS, { label: (r) => (isReporter(r) ? REPORTER_LABELS[r] : r) }),
    label: 'Whose statistics',
    required: true,
  },
  productCode: {
    // Official statistics come by HS heading; a blank code is the headline figure for all goods.
    schema: nullable(
      z
        .string()
        .trim()
        .regex(/^\d{2,10}$/, 'must be an HS code of 2 to 10 digits'),
    ),
    column: 'product_code',
    codec: text,
    label: 'Product (HS code)',
    hint: 'blank for all goods; e.g. 27 or 2709 for one product line',
  },
  totalUsd: usd('total_usd', 'Total trade (USD)'),
  chinaExportsUsd: usd('china_exports_usd', "China's exports (USD)"),
  chinaImportsUsd: usd('china_imports_usd', "China's imports (USD)"),
  yoyGrowthBp: {
    schema: nullable(growthBasisPoints),
    column: 'yoy_growth_pct',
    codec: percentBasisPoints,
    label: 'Stated change on a year earlier (%)',
    hint: 'only if the source states it, e.g. 14.7',
  },
  qualifier: qualifierField,
  notes: notesField,
};

const tradeReportFieldsInput = z.object(shapeOf(tradeReportFields));

function tradeReportChecks(
  v: { totalUsd: number | null; chinaExportsUsd: number | null; chinaImportsUsd: number | null },
  ctx: z.RefinementCtx,
) {
  if (v.totalUsd === null && v.chinaExportsUsd === null && v.chinaImportsUsd === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['totalUsd'],
      message: 'give the total, exports or imports',
    });
  }
}

export const tradeReportInput = tradeReportFieldsInput
  .extend({ citations })
  .superRefine(tradeReportChecks);
export type TradeReportInput = z.input<typeof tradeReportInput>;

/** Export columns follow the starter file's order, plus our ids so that an export re-imports as updates. */
export const tradeReportDescriptor = defineKind({
  title: 'trade report',
  fields: tradeReportFields,
  input: tradeReportInput,
  columnOrder: [
    'id',
    'scope',
    'year',
    'period',
    'reporter',
    'productCode',
    'totalUsd',
    'chinaExportsUsd',
    'chinaImportsUsd',
    'balance_usd',
    'qualifier',
    'yoyGrowthBp',
    'preferred',
    'notes',
  ],
  exportOnly: [
    { column: 'id', cell: 'number', field: 'id' },
    // Only where the source states both flows; never derived from the total.
    { column: 'balance_usd', cell: 'number' },
    { column: 'preferred', cell: 'text' },
  ],
});
