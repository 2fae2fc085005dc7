import type { CitationInput } from '@tianshan/model';
import { INVESTMENT_CSV_COLUMNS } from '../exchange/investment-export';
import { PROJECT_CSV_COLUMNS } from '../exchange/project-export';
import { INDICATOR_CSV_COLUMNS, MILESTONE_CSV_COLUMNS } from '../exchange/reference-exports';
import { TRADE_CSV_COLUMNS } from '../exchange/trade-export';
import { statedDate } from '../seed/stated-date';
import type { CitedKindName } from '../write/record-kinds';
import { PROJECT_STATUSES, SECTORS } from '@tianshan/model';
import { locationBasisOf, sectorOf, statusOf, valueKindOf } from '../seed/classify';

/**
 * CSV columns ↔ record fields for each importable kind. The columns are the export's, so a downloaded table
 * imports back; the starter dataset's columns (no `id`) import too. Computed export columns (balance,
 * citation counts) are accepted and ignored.
 */
export const IMPORT_KINDS = ['trade-report', 'investment', 'project', 'milestone', 'indicator'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number] & CitedKindName;

const blank = (v: string | undefined) => (v ?? '').trim() === '';
const isCode = (codes: readonly string[], v: string | undefined) => codes.includes((v ?? '').trim());
const text = (v: string | undefined) => (blank(v) ? null : (v as string).trim());
/** Numbers as written by the export (plain) or by a person ("22,710,000,000" is refused: ambiguous). */
const num = (v: string | undefined) => (blank(v) ? null : /^-?\d+(\.\d+)?$/.test((v as string).trim()) ? Number(v) : Number.NaN);

function citationsOf(row: Record<string, string>): CitationInput[] {
  const list: CitationInput[] = [];
  if (!blank(row.source_title)) {
    const date = statedDate(row.source_date ?? '');
    list.push({ newSource: { title: (row.source_title as string).trim(), url: text(row.source_url), publishedOn: date.date } });
  }
  if (!blank(row.more_sources)) {
    try {
      const more = JSON.parse(row.more_sources as string) as { title?: string; url?: string | null; date?: string | null }[];
      for (const s of more) if (s.title) list.push({ newSource: { title: s.title, url: s.url ?? null, publishedOn: statedDate(s.date ?? '').date } });
    } catch {
      // Reported by the validator below: more_sources must be the JSON the export writes.
      list.push({ newSource: { title: '', url: 'not json' } });
    }
  }
  return list;
}

export interface KindMapping {
  columns: readonly string[];
  required: readonly string[];
  /** API field → CSV column, to put a validation message on the right column. */
  columnOf: Record<string, string>;
  toInput: (row: Record<string, string>) => Record<string, unknown>;
}

const names = (cols: readonly { name: string }[]) => cols.map((c) => c.name);
const sourceColumns = { citations: 'source_title' };

export const MAPPINGS: Record<ImportKind, KindMapping> = {
  'trade-report': {
    columns: names(TRADE_CSV_COLUMNS),
    required: ['country_iso2', 'year', 'period', 'reporter', 'source_title'],
    columnOf: { scope: 'country_iso2', year: 'year', period: 'period', reporter: 'reporter', productCode: 'product_code', totalUsd: 'total_usd', chinaExportsUsd: 'china_exports_usd', chinaImportsUsd: 'china_imports_usd', yoyGrowthBp: 'yoy_growth_pct', qualifier: 'qualifier', notes: 'notes', ...sourceColumns },
    toInput: (r) => ({
      scope: text(r.country_iso2),
      year: num(r.year),
      period: text(r.period) ?? '',
      reporter: text(r.reporter),
      totalUsd: num(r.total_usd),
      chinaExportsUsd: num(r.china_exports_usd),
      chinaImportsUsd: num(r.china_imports_usd),
      yoyGrowthBp: blank(r.yoy_growth_pct) ? null : Math.round(Number(r.yoy_growth_pct) * 100),
      qualifier: text(r.qualifier) ?? 'exact',
      notes: text(r.notes),
      citations: citationsOf(r),
    }),
  },
  investment: {
    columns: names(INVESTMENT_CSV_COLUMNS),
    required: ['country_iso2', 'year', 'as_of', 'metric_kind', 'metric', 'source_title'],
    columnOf: { scope: 'country_iso2', year: 'year', asOf: 'as_of', asOfLabel: 'as_of_label', metricKind: 'metric_kind', metricLabel: 'metric', sector: 'sector', investor: 'investor', reporterBasis: 'reporter_basis', amountUsd: 'value_usd', amountOriginal: 'amount_original', currency: 'currency', count: 'count', qualifier: 'qualifier', notes: 'notes', ...sourceColumns },
    toInput: (r) => {
      const asOf = statedDate(r.as_of ?? '', blank(r.year) ? undefined : Number(r.year));
      return {
        scope: text(r.country_iso2),
        year: num(r.year),
        asOf: asOf.date ?? '',
        asOfLabel: text(r.as_of_label) ?? asOf.label,
        metricKind: text(r.metric_kind),
        metricLabel: text(r.metric) ?? '',
        sector: text(r.sector),
        investor: text(r.investor),
        reporterBasis: text(r.reporter_basis),
        amountUsd: num(r.value_usd),
        amountOriginal: text(r.amount_original),
        currency: text(r.currency),
        count: num(r.count),
        qualifier: text(r.qualifier) ?? 'exact',
        notes: text(r.notes),
        citations: citationsOf(r),
      };
    },
  },
  project: {
    columns: [...names(PROJECT_CSV_COLUMNS), 'chinese_party', 'local_party', 'latlon_basis', 'notes'],
    required: ['name', 'country_iso2', 'sector', 'status', 'source_title'],
    columnOf: { name: 'name', countries: 'country_iso2', sector: 'sector', sectorDetail: 'sector_detail', chineseParties: 'chinese_party', localParties: 'local_party', valueUsd: 'value_usd', valueKind: 'value_kind', capacity: 'capacity', status: 'status', statusDetail: 'status_detail', startedOn: 'start_or_announce_date', completedOn: 'completion_date', lat: 'lat', lon: 'lon', locationBasis: 'location_basis', locationNote: 'location_note', description: 'description', ...sourceColumns },
    // The starter file words sector and status freely ("energy - gas pipeline"); such wording is classified
    // as the seed does and kept as the detail, while our own exports carry the codes and the detail apart.
    toInput: (r) => ({
      name: text(r.name) ?? '',
      countries: (r.country_iso2 ?? '').split(';').map((c) => c.trim()).filter(Boolean),
      sector: isCode(SECTORS, r.sector) ? text(r.sector) : blank(r.sector) ? null : sectorOf(r.sector as string),
      sectorDetail: text(r.sector_detail) ?? (isCode(SECTORS, r.sector) ? null : text(r.sector)),
      chineseParties: text(r.chinese_party),
      localParties: text(r.local_party),
      valueUsd: num(r.value_usd),
      valueKind: text(r.value_kind) ?? (blank(r.value_usd) || blank(r.notes) ? null : valueKindOf(r.notes as string, true)),
      capacity: text(r.capacity),
      status: isCode(PROJECT_STATUSES, r.status) || blank(r.status) ? text(r.status) : (statusOf(r.status as string) ?? text(r.status)),
      statusDetail: text(r.status_detail) ?? (isCode(PROJECT_STATUSES, r.status) ? null : text(r.status)),
      startedOn: text(r.start_or_announce_date),
      completedOn: text(r.completion_date),
      lat: num(r.lat),
      lon: num(r.lon),
      locationBasis: text(r.location_basis) ?? (blank(r.latlon_basis) ? null : locationBasisOf(r.latlon_basis as string)),
      locationNote: text(r.location_note) ?? text(r.latlon_basis),
      description: text(r.description) ?? text(r.notes),
      citations: citationsOf(r),
    }),
  },
  milestone: {
    columns: [...names(MILESTONE_CSV_COLUMNS)],
    required: ['date', 'event', 'source_title'],
    columnOf: { projectId: 'project_id', date: 'date', kind: 'kind', description: 'event', ...sourceColumns },
    toInput: (r) => ({ projectId: num(r.project_id), projectName: text(r.project_name), date: text(r.date) ?? '', kind: text(r.kind) ?? 'other', description: text(r.event) ?? '', citations: citationsOf(r) }),
  },
  indicator: {
    columns: names(INDICATOR_CSV_COLUMNS),
    required: ['country_iso2', 'as_of', 'metric', 'value', 'unit', 'source_title'],
    columnOf: { scope: 'country_iso2', asOf: 'as_of', metric: 'metric', value: 'value', unit: 'unit', qualifier: 'qualifier', notes: 'notes', ...sourceColumns },
    toInput: (r) => ({
      scope: text(r.country_iso2),
      asOf: text(r.as_of) ?? '',
      metric: text(r.metric) ?? '',
      value: text(r.value) ?? '',
      unit: text(r.unit) ?? '',
      qualifier: (text(r.qualifier) ?? 'exact').replace(/\s+/g, '-'),
      notes: text(r.notes),
      citations: citationsOf(r),
    }),
  },
};
