import type { FieldSpec, FormValues } from './record-fields';

/** A stored record → the form's strings (basis points back to a percentage, null to blank). */
export function formDefaults(fields: FieldSpec[], record: Record<string, unknown>, citations: { sourceId: number; quote: string | null }[]): Partial<FormValues> {
  const values: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = record[f.apiName ?? f.name];
    if (f.type === 'countries') values[f.name] = Array.isArray(raw) ? raw : [];
    else if (raw === null || raw === undefined) values[f.name] = '';
    else if (f.apiName === 'yoyGrowthBp') values[f.name] = String(Number(raw) / 100);
    else values[f.name] = String(raw);
  }
  values.citations = citations.map((c) => ({ mode: 'existing', sourceId: String(c.sourceId), title: '', publisher: '', url: '', publishedOn: '', quote: c.quote ?? '' }));
  return values as Partial<FormValues>;
}
