import { COUNTRY_CODES, countryName, SCOPE_CODES, type ScopeCode } from '../enums';

/** How a cell is written in an export: numbers and dates stay plain so a spreadsheet reads them as such. */
export type CellKind = 'text' | 'number' | 'date';
export type FormControl = 'text' | 'textarea' | 'number' | 'money' | 'select' | 'countries';

export interface Option {
  value: string;
  label: string;
}

/**
 * One way of writing a field as text — a CSV cell or a form input — and reading it back. `parse` never
 * throws: blank is null ("not stated"), and text it cannot read is passed on (or becomes NaN) so that
 * validation reports it against the column or field it came from.
 */
export interface Codec<T = unknown> {
  readonly name: string;
  readonly cell: CellKind;
  readonly control: FormControl;
  readonly options?: readonly Option[];
  parse: (text: string | undefined) => T | null;
  format: (value: unknown) => string;
}

export const isBlank = (v: string | undefined): v is undefined => (v ?? '').trim() === '';
const plain = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export const text: Codec<string> = {
  name: 'text',
  cell: 'text',
  control: 'text',
  parse: (v) => (isBlank(v) ? null : v.trim()),
  format: plain,
};

export const longText: Codec<string> = { ...text, name: 'long-text', control: 'textarea' };

/** A decimal kept as written ("565.8"), so a stored figure never drifts through floating point. */
export const decimalText: Codec<string> = { ...text, name: 'decimal-text', cell: 'number' };

/** `2024`, `2024-05` or `2024-05-18`, at the precision the source gave. */
export const partialDateText: Codec<string> = { ...text, name: 'partial-date', cell: 'date' };

/** Plain numbers only: "22,710,000,000" is refused rather than guessed at (comma or decimal mark?). */
export const number: Codec<number> = {
  name: 'number',
  cell: 'number',
  control: 'number',
  parse: (v) => {
    if (isBlank(v)) return null;
    const t = v.trim();
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
  },
  format: plain,
};

/**
 * Whole US dollars (see `usdAmount`). A cell stays a plain number; the form's money input also reads
 * "22.71 bn" (see `parseMoneyText`), shown back in words before saving.
 */
export const money: Codec<number> = { ...number, name: 'money', control: 'money' };

/** A percentage as sources state it ("14.7") ↔ exact basis points (1470). */
export const percentBasisPoints: Codec<number> = {
  name: 'percent',
  cell: 'number',
  control: 'number',
  parse: (v) => {
    if (isBlank(v)) return null;
    const t = v.trim();
    const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(t);
    if (m) {
      const bp = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
      return m[1] ? -bp : bp;
    }
    return /^-?\d+(\.\d+)?$/.test(t) ? Math.round(Number(t) * 100) : Number.NaN;
  },
  format: (value) => {
    if (typeof value !== 'number') return '';
    const sign = value < 0 ? '-' : '';
    const abs = Math.abs(value);
    const cents = String(abs % 100)
      .padStart(2, '0')
      .replace(/0+$/, '');
    return `${sign}${Math.floor(abs / 100)}${cents ? `.${cents}` : ''}`;
  },
};

const countryOptions = COUNTRY_CODES.map((c) => ({ value: c, label: countryName(c) }));

/** Several countries in one cell, the starter dataset's way: `KG;UZ`. */
export const countryList: Codec<string[]> = {
  name: 'country-list',
  cell: 'text',
  control: 'countries',
  options: countryOptions,
  parse: (v) =>
    (v ?? '')
      .split(';')
      .map((c) => c.trim())
      .filter(Boolean),
  format: (value) => (Array.isArray(value) ? value.map(String).sort().join(';') : ''),
};

const spaced = (v: string) => v.replace(/-/g, ' ');

/**
 * One of a fixed list of codes. Free wording (the starter dataset's "energy - gas pipeline") is classified
 * when a classifier is given; what cannot be classified is passed on for validation to refuse.
 */
export function oneOf(
  values: readonly string[],
  options: {
    label?: (value: string) => string;
    classify?: (wording: string) => string | null;
  } = {},
): Codec<string> {
  const label = options.label ?? spaced;
  return {
    name: 'one-of',
    cell: 'text',
    control: 'select',
    options: values.map((value) => ({ value, label: label(value) })),
    parse: (v) => {
      if (isBlank(v)) return null;
      const t = v.trim();
      if (values.includes(t)) return t;
      return options.classify?.(t) ?? t;
    },
    format: plain,
  };
}

const isScope = (v: string): v is ScopeCode => (SCOPE_CODES as readonly string[]).includes(v);

/** The five countries listed together is how the starter dataset writes "all of Central Asia". */
function scopeOfList(list: string): string | null {
  const codes = list.split(';').map((c) => c.trim());
  if (codes.length === COUNTRY_CODES.length && COUNTRY_CODES.every((c) => codes.includes(c)))
    return 'C5';
  return null;
}

export const scope = oneOf(SCOPE_CODES, {
  label: (c) => (isScope(c) ? countryName(c) : c),
  classify: scopeOfList,
});
