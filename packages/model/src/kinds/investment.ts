import { z } from 'zod';
import { investmentCoverageOf } from '../classify';
import {
  INVESTMENT_COVERAGE_LABELS,
  INVESTMENT_COVERAGES,
  investmentCoverage,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  investmentMetric,
  sector,
  SECTORS,
  type InvestmentCoverage,
  type InvestmentMetric,
} from '../enums';
import { decimalText as decimalSchema, usdAmount } from '../money';
import { statedDate } from '../stated-date';
import { decimalText, isBlank, money, number, oneOf, text } from './codecs';
import { defineKind, shapeOf, type CsvRow } from './descriptor';
import {
  notesField,
  partialDateField,
  qualifierField,
  scopeField,
  USD_HINT,
} from './shared-fields';
import { citations } from './source';
import { nullable, optionalText, requiredText } from './zod-text';

const isMetric = (v: string): v is InvestmentMetric =>
  (INVESTMENT_METRICS as readonly string[]).includes(v);
const isCoverage = (v: string): v is InvestmentCoverage =>
  (INVESTMENT_COVERAGES as readonly string[]).includes(v);
/** The starter file words some dates as its sources did (`2005-2019`): the wording becomes the label. */
const statedAsOf = (row: CsvRow) =>
  statedDate(row.as_of ?? '', isBlank(row.year) ? undefined : Number(row.year));

const investmentFields = {
  scope: scopeField,
  year: {
    schema: z.number().int().min(1991).max(2100),
    column: 'year',
    codec: number,
    label: 'Year',
    required: true,
    sortable: true,
  },
  asOf: { ...partialDateField('as_of', 'As of'), read: (row: CsvRow) => statedAsOf(row).date },
  asOfLabel: {
    schema: optionalText(100),
    column: 'as_of_label',
    codec: text,
    label: 'As the source words the date',
    hint: 'e.g. 2005-2019, 2023-H1',
    fallback: (row: CsvRow) => statedAsOf(row).label,
  },
  metricKind: {
    schema: investmentMetric,
    column: 'metric_kind',
    codec: oneOf(INVESTMENT_METRICS, {
      label: (m) => (isMetric(m) ? INVESTMENT_METRIC_LABELS[m] : m),
    }),
    label: 'Kind of figure',
    required: true,
  },
  metricLabel: {
    schema: requiredText(300),
    column: 'metric',
    codec: text,
    label: 'What the source measured',
    required: true,
    searchable: true,
  },
  coverage: {
    // Left blank (an older file, the starter data, a form left on "derive"), it is read from the wording
    // of what the source measured; see `investmentInput`.
    schema: investmentCoverage.nullish(),
    column: 'coverage',
    codec: oneOf(INVESTMENT_COVERAGES, {
      label: (c) => (isCoverage(c) ? INVESTMENT_COVERAGE_LABELS[c] : c),
    }),
    label: 'What the figure covers',
    hint: 'left blank, it is read from what the source measured',
  },
  sector: { schema: nullable(sector), column: 'sector', codec: oneOf(SECTORS), label: 'Sector' },
  investor: {
    schema: optionalText(300),
    column: 'investor',
    codec: text,
    label: 'Investor',
    searchable: true,
  },
  reporterBasis: {
    schema: optionalText(300),
    column: 'reporter_basis',
    codec: text,
    label: 'Reported by',
  },
  amountUsd: {
    schema: nullable(usdAmount),
    column: 'value_usd',
    codec: money,
    label: 'Amount (USD)',
    hint: USD_HINT,
    sortable: true,
  },
  amountOriginal: {
    schema: nullable(decimalSchema),
    column: 'amount_original',
    codec: decimalText,
    label: 'Amount in original currency',
    hint: 'plain decimal, e.g. 1500000000',
  },
  currency: {
    schema: nullable(
      z
        .string()
        .trim()
        .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as CNY'),
    ),
    column: 'currency',
    codec: text,
    label: 'Original currency',
    hint: 'three letters, e.g. CNY',
  },
  count: {
    schema: nullable(z.number().int().nonnegative('cannot be negative')),
    column: 'count',
    codec: number,
    label: 'Count (e.g. companies)',
  },
  qualifier: qualifierField,
  notes: notesField,
};

// Some sources state only a share ("China 26% of FDI"): such a row has no amount and keeps it in notes.
// What a figure covers is never missing once validated: where nobody stated it, the one classifier
// reads it from the wording, for the seed, imports, forms and the API alike.
export const investmentInput = z
  .object(shapeOf(investmentFields))
  .extend({ citations })
  .superRefine((v, ctx) => {
    if ((v.amountOriginal === null) !== (v.currency === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: 'an original amount needs its currency, and a currency needs an amount',
      });
    }
  })
  .transform((v) => ({ ...v, coverage: v.coverage ?? investmentCoverageOf(v.metricLabel) }));
export type InvestmentInput = z.input<typeof investmentInput>;

export const investmentDescriptor = defineKind({
  title: 'investment figure',
  fields: investmentFields,
  input: investmentInput,
  columnOrder: [
    'id',
    'scope',
    'year',
    'asOf',
    'asOfLabel',
    'metricKind',
    'metricLabel',
    'coverage',
    'sector',
    'investor',
    'amountUsd',
    'amountOriginal',
    'currency',
    'count',
    'qualifier',
    'reporterBasis',
    'notes',
  ],
  exportOnly: [{ column: 'id', cell: 'number', field: 'id' }],
});
