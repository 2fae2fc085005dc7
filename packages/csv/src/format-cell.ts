import type { CsvColumnKind } from './csv-column';
import { neutraliseFormula } from './neutralise';

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The text of one cell before CSV quoting. Throws a TypeError for a value the column kind cannot
 * hold (an object in a text column, NaN in a number column): that is a bug in the caller, and
 * writing a blank or "[object Object]" instead would put a wrong figure in someone's spreadsheet.
 */
export function formatCell(value: unknown, kind: CsvColumnKind, column: string): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'number':
      return formatNumber(value, column);
    case 'date':
      return formatDate(value, column);
    case 'boolean':
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      throw new TypeError(`column "${column}": expected a boolean, got ${describe(value)}`);
    case 'text':
      return neutraliseFormula(formatText(value, column));
  }
}

function formatText(value: unknown, column: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`column "${column}": expected text, got ${describe(value)}`);
}

function formatDate(value: unknown, column: string): string {
  // Dates keep the precision the source gave (a year, a month or a day), so strings pass through;
  // the guard is a no-op for real ISO dates and protects against a stray non-date string.
  if (typeof value === 'string') return neutraliseFormula(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  throw new TypeError(`column "${column}": expected an ISO date string, got ${describe(value)}`);
}

/** A number in plain decimal notation, which every spreadsheet and parser reads the same way. */
export function formatNumber(value: unknown, column: string): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') {
    if (PLAIN_DECIMAL.test(value)) return value;
    throw new TypeError(`column "${column}": "${value}" is not a plain decimal number`);
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`column "${column}": expected a finite number, got ${describe(value)}`);
  }
  if (Object.is(value, -0)) return '0';
  // String() gives the shortest digits that read back as the same number, and switches to
  // exponent notation only from 1e21 up and below 1e-6; those are expanded here.
  const text = String(value);
  return text.includes('e') ? expandExponent(text) : text;
}

/**
 * "1.5e-7" → "0.00000015", "2.5e+22" → "25000000000000000000000": moves the decimal point in
 * the shortest digits, unlike toFixed or BigInt, which print binary rounding noise.
 */
function expandExponent(text: string): string {
  const sign = text.startsWith('-') ? '-' : '';
  const [mantissa = '', exponentText = '0'] = (sign ? text.slice(1) : text).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return 'an invalid Date';
  return typeof value;
}
