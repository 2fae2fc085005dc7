import type { CountryCode } from '@tianshan/model';
import type { ChinaFlow, Economy } from './official-codes';

/** One official number as the project holds it: whose figure, which side of China's trade, which period. */
export interface OfficialFigure {
  scope: CountryCode;
  reporter: Economy;
  year: number;
  period: string;
  productCode: string | null;
  flow: ChinaFlow;
  valueUsd: number;
}

export interface RowProblem {
  column: string | null;
  message: string;
}

/** What one row of an official file is: a figure, a row deliberately left out (and why), or problems. */
export type RowOutcome =
  | { kind: 'figure'; figure: OfficialFigure }
  | { kind: 'skip'; reason: string }
  | { kind: 'problems'; problems: RowProblem[] };

export type OfficialRow = Readonly<Record<string, string | undefined>>;

/** Reads one row; keeps what must hold across the whole file (one classification) between calls. */
type RowReader = (row: OfficialRow, line: number) => RowOutcome;

export interface OfficialDatabase {
  /** As the source names it. */
  name: string;
  publisher: string;
  /** The database's own address, where an editor downloads the query again. */
  url: string;
}

export interface OfficialFormat {
  id: 'comtrade' | 'imf-imts';
  database: OfficialDatabase;
  /** Columns every file of this kind has; the rest of the header is read and ignored. */
  required: readonly string[];
  /** The columns a duplicate figure is reported on. */
  flowColumn: string;
  createReader: () => RowReader;
}

/** A value cell → whole US dollars, or why not. Official files give cents and sometimes thousands. */
export function usdOf(
  cell: string | undefined,
  multiplier = 1,
): { ok: true; usd: number } | { ok: false; message: string } {
  const text = (cell ?? '').trim();
  if (text === '' || /^(na|nan|null|\.\.|-)$/i.test(text))
    return { ok: false, message: 'the value is missing' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `"${text}" is not a number` };
  if (value < 0) return { ok: false, message: `${text} is negative` };
  return { ok: true, usd: Math.round(value * multiplier) };
}
