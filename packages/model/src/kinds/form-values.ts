import { parseMoneyText } from '../money-text';
import type { FormField } from './descriptor';

/** A form holds text; spreadsheets and people write thousands apart ("22,710,000,000"), a form allows it. */
const SEPARATORS = /[,\s_]/g;

/** Form text → the kind's input fields: blank is "not stated" (null), numbers through the field's codec. */
export function formToInput(
  fields: readonly FormField[],
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = values[f.name];
    if (f.control === 'countries') {
      data[f.name] = Array.isArray(raw) ? raw : typeof raw === 'string' && raw ? [raw] : [];
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    const numeric = f.control === 'number' || f.control === 'money';
    const cell = f.control === 'number' ? text.replace(SEPARATORS, '') : text;
    if (cell === '') data[f.name] = f.required ? (numeric ? undefined : '') : null;
    else if (f.control === 'money') data[f.name] = moneyOf(cell);
    else data[f.name] = f.codec.parse(cell);
  }
  return data;
}

/** Unreadable money becomes NaN, which the amount's schema refuses against its field. */
function moneyOf(cell: string): number {
  const read = parseMoneyText(cell);
  return read.ok ? read.value : Number.NaN;
}

/** A stored record → the form's text (basis points back to a percentage, null to blank). */
export function inputToForm(
  fields: readonly FormField[],
  record: Readonly<Record<string, unknown>>,
): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const f of fields) {
    const raw = record[f.name];
    if (f.control === 'countries') values[f.name] = Array.isArray(raw) ? raw.map(String) : [];
    else values[f.name] = f.codec.format(raw);
  }
  return values;
}
