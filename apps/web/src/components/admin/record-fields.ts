import {
  COUNTRY_CODES,
  EVENT_KINDS,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  LOCATION_BASES,
  MILESTONE_KINDS,
  PROJECT_STATUSES,
  PROJECT_VALUE_KINDS,
  QUALIFIERS,
  REPORTER_LABELS,
  REPORTERS,
  SCOPE_CODES,
  SECTORS,
  countryName,
} from '@tianshan/model';

export type FieldType = 'text' | 'textarea' | 'number' | 'select' | 'countries';

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  /** Form value → the API's field (e.g. percent → basis points). */
  toApi?: (value: number) => number;
  apiName?: string;
}

const opts = (values: readonly string[], label: (v: string) => string = (v) => v.replace(/-/g, ' ')) => values.map((value) => ({ value, label: label(value) }));
const scope: FieldSpec = { name: 'scope', label: 'Country', type: 'select', required: true, options: opts(SCOPE_CODES, (c) => countryName(c as never)) };
const qualifier: FieldSpec = { name: 'qualifier', label: 'How the source states it', type: 'select', required: true, options: opts(QUALIFIERS), hint: '“exceeded $44 bn” is more than' };
const notes: FieldSpec = { name: 'notes', label: 'Notes', type: 'textarea' };
const usd = (name: string, label: string, hint?: string): FieldSpec => ({ name, label, type: 'number', hint: hint ?? 'whole US dollars, e.g. 22710000000' });
const date = (name: string, label: string, required = false): FieldSpec => ({ name, label, type: 'text', required, hint: 'YYYY, YYYY-MM or YYYY-MM-DD — only as precise as the source' });

export const RECORD_FIELDS: Record<string, { title: string; fields: FieldSpec[] }> = {
  'trade-report': {
    title: 'trade report',
    fields: [
      scope,
      { name: 'year', label: 'Year', type: 'number', required: true },
      { name: 'period', label: 'Period', type: 'text', required: true, hint: 'FY, H1, Q1, May, Jan-Apr …' },
      { name: 'reporter', label: 'Whose statistics', type: 'select', required: true, options: REPORTERS.map((r) => ({ value: r, label: REPORTER_LABELS[r] })) },
      usd('totalUsd', 'Total trade (USD)'),
      usd('chinaExportsUsd', "China's exports (USD)"),
      usd('chinaImportsUsd', "China's imports (USD)"),
      { name: 'yoyGrowthPct', apiName: 'yoyGrowthBp', label: 'Stated change on a year earlier (%)', type: 'number', hint: 'only if the source states it, e.g. 14.7', toApi: (pct) => Math.round(pct * 100) },
      qualifier,
      notes,
    ],
  },
  investment: {
    title: 'investment figure',
    fields: [
      scope,
      { name: 'year', label: 'Year', type: 'number', required: true },
      date('asOf', 'As of', true),
      { name: 'asOfLabel', label: 'As the source words the date', type: 'text', hint: 'e.g. 2005-2019, 2023-H1' },
      { name: 'metricKind', label: 'Kind of figure', type: 'select', required: true, options: INVESTMENT_METRICS.map((m) => ({ value: m, label: INVESTMENT_METRIC_LABELS[m] })) },
      { name: 'metricLabel', label: 'What the source measured', type: 'text', required: true },
      { name: 'sector', label: 'Sector', type: 'select', options: opts(SECTORS) },
      { name: 'investor', label: 'Investor', type: 'text' },
      { name: 'reporterBasis', label: 'Reported by', type: 'text' },
      usd('amountUsd', 'Amount (USD)'),
      { name: 'amountOriginal', label: 'Amount in original currency', type: 'text', hint: 'plain decimal, e.g. 1500000000' },
      { name: 'currency', label: 'Original currency', type: 'text', hint: 'three letters, e.g. CNY' },
      { name: 'count', label: 'Count (e.g. companies)', type: 'number' },
      qualifier,
      notes,
    ],
  },
  project: {
    title: 'project',
    fields: [
      { name: 'name', label: 'Name', type: 'text', required: true },
      { name: 'countries', label: 'Countries', type: 'countries', required: true, options: COUNTRY_CODES.map((c) => ({ value: c, label: countryName(c) })) },
      { name: 'sector', label: 'Sector', type: 'select', required: true, options: opts(SECTORS) },
      { name: 'sectorDetail', label: 'Sector as the source words it', type: 'text' },
      { name: 'chineseParties', label: 'Chinese parties', type: 'text' },
      { name: 'localParties', label: 'Local parties', type: 'text' },
      usd('valueUsd', 'Value (USD)'),
      { name: 'valueKind', label: 'What the value is', type: 'select', options: opts(PROJECT_VALUE_KINDS) },
      { name: 'capacity', label: 'Capacity', type: 'text' },
      { name: 'status', label: 'Status', type: 'select', required: true, options: opts(PROJECT_STATUSES) },
      { name: 'statusDetail', label: 'Status as the source words it', type: 'text' },
      date('startedOn', 'Start or announcement'),
      date('completedOn', 'Completion'),
      { name: 'lat', label: 'Latitude', type: 'number' },
      { name: 'lon', label: 'Longitude', type: 'number' },
      { name: 'locationBasis', label: 'Where the coordinates come from', type: 'select', options: opts(LOCATION_BASES) },
      { name: 'locationNote', label: 'Location note', type: 'text' },
      { name: 'description', label: 'Description', type: 'textarea' },
    ],
  },
  milestone: {
    title: 'milestone',
    fields: [
      { name: 'projectId', label: 'Project id', type: 'number', required: true },
      date('date', 'Date', true),
      { name: 'kind', label: 'Kind', type: 'select', required: true, options: opts(MILESTONE_KINDS) },
      { name: 'description', label: 'What happened', type: 'textarea', required: true },
    ],
  },
  event: {
    title: 'relationship event',
    fields: [
      { name: 'countries', label: 'Countries', type: 'countries', required: true, options: COUNTRY_CODES.map((c) => ({ value: c, label: countryName(c) })) },
      date('date', 'Date', true),
      { name: 'kind', label: 'Kind', type: 'select', required: true, options: opts(EVENT_KINDS) },
      { name: 'description', label: 'What happened', type: 'textarea', required: true },
    ],
  },
  indicator: {
    title: 'indicator',
    fields: [
      scope,
      date('asOf', 'As of', true),
      { name: 'metric', label: 'Metric', type: 'text', required: true },
      { name: 'value', label: 'Value', type: 'text', required: true, hint: 'plain decimal, e.g. 565.8' },
      { name: 'unit', label: 'Unit', type: 'text', required: true },
      qualifier,
      notes,
    ],
  },
};

export type FormValues = Record<string, string | string[]> & { citations: CitationValues[]; reason: string };

export interface CitationValues {
  mode: 'existing' | 'new';
  sourceId: string;
  title: string;
  publisher: string;
  url: string;
  publishedOn: string;
  quote: string;
}

export const emptyCitation: CitationValues = { mode: 'new', sourceId: '', title: '', publisher: '', url: '', publishedOn: '', quote: '' };

/** Form strings → the API's shapes: blank is "not stated" (null), numbers are numbers. */
export function toApiData(fields: FieldSpec[], values: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = values[f.name];
    const key = f.apiName ?? f.name;
    if (f.type === 'countries') data[key] = Array.isArray(raw) ? raw : raw ? [raw] : [];
    else if (f.type === 'number') {
      const text = String(raw ?? '').trim().replace(/[,\s_]/g, '');
      data[key] = text === '' ? (f.required ? undefined : null) : f.toApi ? f.toApi(Number(text)) : Number(text);
    } else {
      const text = String(raw ?? '').trim();
      data[key] = text === '' ? (f.required ? '' : null) : text;
    }
  }
  data.citations = values.citations.map((c) =>
    c.mode === 'existing'
      ? { sourceId: c.sourceId ? Number(c.sourceId) : undefined, quote: c.quote || null }
      : { newSource: { title: c.title, publisher: c.publisher || null, url: c.url || null, publishedOn: c.publishedOn || null }, quote: c.quote || null },
  );
  return data;
}

/** An API field path → the form field that shows its message. */
export function formPathOf(fields: FieldSpec[], apiPath: string): string {
  const path = apiPath.replace(/^data\./, '');
  const byApi = fields.find((f) => (f.apiName ?? f.name) === path.split('.')[0]);
  if (byApi) return byApi.name;
  const citation = /^citations\.(\d+)\.(?:newSource\.)?(\w+)/.exec(path);
  if (citation) return `citations.${citation[1]}.${citation[2] === 'sourceId' ? 'sourceId' : citation[2]}`;
  if (path === 'citations') return 'citations.0.title';
  return 'root';
}
