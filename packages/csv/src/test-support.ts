import type { CsvImportItem, CsvRowValidator } from './import-types';

/** Test helper: accepts every row as it is, so tests see exactly what the parser produced. */
export const acceptAll: CsvRowValidator<Record<string, string>> = (row) => ({
  ok: true,
  value: row,
});

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function rowsOf<T>(items: readonly CsvImportItem<T>[]): { line: number; value: T }[] {
  return items.flatMap((item) =>
    item.kind === 'row' ? [{ line: item.line, value: item.value }] : [],
  );
}

export function errorsOf<T>(items: readonly CsvImportItem<T>[]) {
  return items.flatMap((item) => (item.kind === 'error' ? [item] : []));
}

/** The bytes cut into pieces of `size`, to exercise characters and records split across chunks. */
export function* chunked(bytes: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
