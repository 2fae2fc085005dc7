import { formatUsd, type FieldSpec } from '@tianshan/model';

/** A stored value as the list shows it: money short ("$22.71 bn"), a code by its label, blank as a dash. */
export function cellText(spec: FieldSpec, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (spec.codec.name === 'money' && typeof value === 'number') return formatUsd(value);
  const text = spec.codec.format(value);
  const option = spec.codec.options?.find((o) => o.value === text);
  if (option) return option.label;
  if (spec.codec.name === 'percent') return `${text}%`;
  return text || '—';
}
