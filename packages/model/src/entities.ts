import { z } from 'zod';
import {
  countryCode,
  eventKind,
  investmentMetric,
  locationBasis,
  milestoneKind,
  projectStatus,
  projectValueKind,
  qualifier,
  reporter,
  scopeCode,
  sector,
} from './enums';
import { decimalText, growthBasisPoints, usdAmount } from './money';
import { isNotBefore, partialDate } from './partial-date';
import { periodLabel } from './period';

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'is required');
const optionalText = (max: number) => text(max).nullish().transform((v) => (v ? v : null));

/** http(s) only: a `javascript:` URL must never reach an href. */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be a web address starting with http:// or https://');

export const sourceInput = z.object({
  title: requiredText(500),
  publisher: optionalText(200),
  url: httpUrl.nullish().transform((v) => v ?? null),
  publishedOn: partialDate.nullish().transform((v) => v ?? null),
  accessedOn: partialDate.nullish().transform((v) => v ?? null),
  notes: optionalText(4000),
});
export type SourceInput = z.input<typeof sourceInput>;

/** A record cites either an existing source by id or a new one described inline. */
export const citationInput = z.object({
  sourceId: z.number().int().positive().optional(),
  newSource: sourceInput.optional(),
  quote: optionalText(2000),
  page: optionalText(50),
}).refine((c) => (c.sourceId === undefined) !== (c.newSource === undefined), {
  message: 'pick an existing source or describe a new one (exactly one)',
  path: ['sourceId'],
});
export type CitationInput = z.input<typeof citationInput>;

export const citations = z
  .array(citationInput)
  .min(1, 'at least one source is required')
  .max(20, 'at most 20 sources per record');

export const tradeReportFields = z.object({
  scope: scopeCode,
  year: z.number().int().min(1991, 'must be 1991 or later').max(2100),
  period: periodLabel,
  reporter,
  totalUsd: usdAmount.nullish().transform((v) => v ?? null),
  chinaExportsUsd: usdAmount.nullish().transform((v) => v ?? null),
  chinaImportsUsd: usdAmount.nullish().transform((v) => v ?? null),
  yoyGrowthBp: growthBasisPoints.nullish().transform((v) => v ?? null),
  qualifier: qualifier.default('exact'),
  notes: optionalText(4000),
});

function tradeReportChecks(
  v: { totalUsd: number | null; chinaExportsUsd: number | null; chinaImportsUsd: number | null },
  ctx: z.RefinementCtx,
) {
  if (v.totalUsd === null && v.chinaExportsUsd === null && v.chinaImportsUsd === null) {
    ctx.addIssue({ code: 'custom', path: ['totalUsd'], message: 'give the total, exports or imports' });
  }
}

export const tradeReportInput = tradeReportFields
  .extend({ citations })
  .superRefine(tradeReportChecks);

export const investmentFields = z.object({
  scope: scopeCode,
  year: z.number().int().min(1991).max(2100),
  asOf: partialDate,
  asOfLabel: optionalText(100),
  metricKind: investmentMetric,
  metricLabel: requiredText(300),
  sector: sector.nullish().transform((v) => v ?? null),
  investor: optionalText(300),
  reporterBasis: optionalText(300),
  amountUsd: usdAmount.nullish().transform((v) => v ?? null),
  amountOriginal: decimalText.nullish().transform((v) => v ?? null),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as CNY')
    .nullish()
    .transform((v) => v ?? null),
  count: z.number().int().nonnegative('cannot be negative').nullish().transform((v) => v ?? null),
  qualifier: qualifier.default('exact'),
  notes: optionalText(4000),
});

// Some sources state only a share ("China 26% of FDI"): such a row has no amount and keeps it in notes.
export const investmentInput = investmentFields.extend({ citations }).superRefine((v, ctx) => {
  if ((v.amountOriginal === null) !== (v.currency === null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['currency'],
      message: 'an original amount needs its currency, and a currency needs an amount',
    });
  }
});

export const projectFields = z.object({
  name: requiredText(300),
  countries: z.array(countryCode).min(1, 'choose at least one country').max(5),
  sector,
  sectorDetail: optionalText(200),
  chineseParties: optionalText(1000),
  localParties: optionalText(1000),
  valueUsd: usdAmount.nullish().transform((v) => v ?? null),
  valueKind: projectValueKind.nullish().transform((v) => v ?? null),
  capacity: optionalText(500),
  status: projectStatus,
  statusDetail: optionalText(300),
  startedOn: partialDate.nullish().transform((v) => v ?? null),
  completedOn: partialDate.nullish().transform((v) => v ?? null),
  lat: z.number().min(-90).max(90).nullish().transform((v) => v ?? null),
  lon: z.number().min(-180).max(180).nullish().transform((v) => v ?? null),
  locationBasis: locationBasis.nullish().transform((v) => v ?? null),
  locationNote: optionalText(500),
  description: optionalText(8000),
});

export const projectInput = projectFields.extend({ citations }).superRefine((v, ctx) => {
  if (v.startedOn && v.completedOn && !isNotBefore(v.startedOn, v.completedOn)) {
    ctx.addIssue({ code: 'custom', path: ['completedOn'], message: 'cannot be before the start' });
  }
  if ((v.lat === null) !== (v.lon === null)) {
    ctx.addIssue({ code: 'custom', path: ['lon'], message: 'give both latitude and longitude' });
  }
  if (v.lat !== null && v.locationBasis === null) {
    ctx.addIssue({ code: 'custom', path: ['locationBasis'], message: 'say where the coordinates came from' });
  }
});

export const milestoneFields = z.object({
  projectId: z.number().int().positive(),
  date: partialDate,
  kind: milestoneKind,
  description: requiredText(2000),
});
export const milestoneInput = milestoneFields.extend({ citations });

export const eventFields = z.object({
  countries: z.array(countryCode).min(1, 'choose at least one country').max(5),
  date: partialDate,
  kind: eventKind,
  description: requiredText(2000),
});
export const eventInput = eventFields.extend({ citations });

export const indicatorFields = z.object({
  scope: scopeCode,
  asOf: partialDate,
  metric: requiredText(300),
  value: decimalText,
  unit: requiredText(50),
  qualifier: qualifier.default('exact'),
  notes: optionalText(4000),
});
export const indicatorInput = indicatorFields.extend({ citations });
