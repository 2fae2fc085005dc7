import type { ColumnKind } from '../table-shape';

/**
 * Value conversions between the drivers, by column kind. SQLite values arrive from better-sqlite3 with
 * `safeIntegers` (every INTEGER a bigint, so money above 2^53 stays exact); PostgreSQL values arrive from
 * node-postgres (int8 as text, timestamptz as a Date).
 */

/** A SQLite value as a node-postgres parameter for a column of this kind. */
export function toPostgres(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'integer':
      return typeof value === 'bigint' ? value.toString() : value;
    case 'boolean':
      return isZeroOrOne(value) ? Number(value) === 1 : value;
    case 'instant':
      return isInteger(value) ? new Date(Number(value)).toISOString() : value;
    case 'real':
      return typeof value === 'bigint' ? Number(value) : value;
    case 'text':
      return value;
  }
}

type Canonical = string | number | boolean | null;

/**
 * One representation of a value, whichever database it was read from: what the per-table checksum
 * hashes. Integers become decimal text (exact at any size), booleans true/false, instants epoch
 * milliseconds. A value of an unexpected type is kept recognisably different rather than coerced, so a
 * mismatch shows instead of hiding.
 */
export function canonical(kind: ColumnKind, value: unknown): Canonical {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'integer':
      return isInteger(value) ? BigInt(value).toString() : unexpected(value);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return isZeroOrOne(value) ? Number(value) === 1 : unexpected(value);
    case 'instant':
      if (value instanceof Date) return value.getTime();
      return isInteger(value) ? Number(value) : unexpected(value);
    case 'real':
      if (typeof value === 'number') return value;
      return typeof value === 'bigint' ? Number(value) : unexpected(value);
    case 'text':
      return typeof value === 'string' ? value : unexpected(value);
  }
}

function isInteger(value: unknown): value is bigint | number | string {
  if (typeof value === 'bigint') return true;
  if (typeof value === 'number') return Number.isSafeInteger(value);
  return typeof value === 'string' && /^-?\d+$/.test(value);
}

function isZeroOrOne(value: unknown): boolean {
  return isInteger(value) && (BigInt(value) === 0n || BigInt(value) === 1n);
}

function unexpected(value: unknown): string {
  if (Buffer.isBuffer(value)) return `<blob ${value.toString('hex')}>`;
  return `<${typeof value} ${String(value)}>`;
}
