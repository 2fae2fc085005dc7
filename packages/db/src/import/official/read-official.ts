import { importCsv } from '@tianshan/csv/import';
import { comtradeFormat } from './comtrade-format';
import { imtsFormat } from './imts-format';
import { jsonRecords } from './json-records';
import type { OfficialFigure, OfficialFormat, RowOutcome } from './official-figure';

export const OFFICIAL_FORMATS = { comtrade: comtradeFormat, 'imf-imts': imtsFormat } as const;
export type OfficialFormatId = keyof typeof OFFICIAL_FORMATS;

type OfficialItem =
  | { kind: 'figure'; line: number; figure: OfficialFigure }
  | { kind: 'skip'; line: number; reason: string }
  | { kind: 'error'; line: number | null; column: string | null; message: string; fatal: boolean };

function headerCells(line: string): string[] {
  const delimiter = [',', ';', '\t'].find((d) => line.includes(d)) ?? ',';
  return line
    .replace(/\r$/, '')
    .split(delimiter)
    .map((c) => c.trim().replace(/^"(.*)"$/, '$1'))
    .filter((c) => c !== '');
}

/** Which database a file came from, by its first bytes: JSON is Comtrade's; a CSV header names its columns. */
export function detectFormat(head: string): { format: OfficialFormat; json: boolean } | null {
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return { format: comtradeFormat, json: true };
  const cells = headerCells(start.split('\n', 1)[0] ?? '').map((c) => c.toLowerCase());
  if (cells.includes('reportercode')) return { format: comtradeFormat, json: false };
  if (cells.includes('counterpart_country')) return { format: imtsFormat, json: false };
  return null;
}

const asItem = (outcome: RowOutcome, line: number): OfficialItem[] => {
  if (outcome.kind === 'figure') return [{ kind: 'figure', line, figure: outcome.figure }];
  if (outcome.kind === 'skip') return [{ kind: 'skip', line, reason: outcome.reason }];
  return outcome.problems.map((p) => ({
    kind: 'error',
    line,
    column: p.column,
    message: `record ${line}, field ${p.column ?? '—'}: ${p.message}`,
    fatal: false,
  }));
};

/**
 * Reads an official file as a stream, row by row, into figures, deliberate skips and problems (each named
 * by its line, or record number in JSON, and column). Other columns of the download are read and ignored.
 */
export async function* readOfficialFile(
  format: OfficialFormat,
  json: boolean,
  head: string,
  source: AsyncIterable<Uint8Array>,
  options: { maxBytes?: number; onProgress?: (bytes: number) => void },
): AsyncGenerator<OfficialItem> {
  const read = format.createReader();
  if (json) {
    for await (const item of jsonRecords(source)) {
      if (item.kind === 'error')
        yield { kind: 'error', line: null, column: null, message: item.message, fatal: true };
      else yield* asItem(read(item.row, item.index), item.index);
    }
    return;
  }
  const header = headerCells(head.split('\n', 1)[0] ?? '');
  const known = new Set(format.required.map((c) => c.toLowerCase()));
  const rows = importCsv<RowOutcome>(source, {
    columns: format.required,
    optionalColumns: header.filter((c) => !known.has(c.toLowerCase())),
    maxBytes: options.maxBytes,
    maxErrors: 1000,
    onProgress: options.onProgress,
    validate: (row, { line }) => {
      const outcome = read(row, line);
      return outcome.kind === 'problems'
        ? { ok: false, errors: outcome.problems }
        : { ok: true, value: outcome };
    },
  });
  for await (const item of rows) {
    if (item.kind === 'error') yield { ...item };
    else yield* asItem(item.value, item.line);
  }
}
