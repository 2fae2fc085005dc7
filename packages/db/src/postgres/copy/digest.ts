import { createHash } from 'node:crypto';
import type { ColumnShape } from '../table-shape';
import { canonical } from './values';

export interface TableDigest {
  rows: number;
  /** SHA-256 of every row's canonical JSON, one line each, in primary-key order. */
  sha256: string;
}

/** The same computation for both databases: only the drivers' raw rows differ. */
export async function digestRows(
  rows: Iterable<unknown[]> | AsyncIterable<unknown[]>,
  columns: ColumnShape[],
): Promise<TableDigest> {
  const hash = createHash('sha256');
  let count = 0;
  for await (const row of rows) {
    const values = columns.map((column, i) => canonical(column.kind, row[i]));
    hash.update(`${JSON.stringify(values)}\n`);
    count += 1;
  }
  return { rows: count, sha256: hash.digest('hex') };
}
