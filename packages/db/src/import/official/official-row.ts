import { looksLikeEconomyCode, monthLabel, type Pairing } from './official-codes';
import type { OfficialFigure, OfficialRow, RowOutcome, RowProblem } from './official-figure';

// Parsing steps every official format shares: cells, periods, one-per-file codes, economies, the figure.

/** A cell as written, trimmed; a column the file lacks reads as blank. */
export const cell = (row: OfficialRow, column: string) => (row[column] ?? '').trim();

/** A year's part as the project names it: `FY`, `Jan` … `Dec`, `Q1` … `Q4`; null when there is no such part. */
export function periodLabel(frequency: 'A' | 'M' | 'Q', part: number | null): string | null {
  if (frequency === 'A') return 'FY';
  if (part === null) return null;
  if (frequency === 'Q') return part >= 1 && part <= 4 ? `Q${part}` : null;
  return monthLabel(part);
}

/** A code every row of one download must share (its classification, its import valuation), once seen. */
export interface FileWideCode {
  code: string | null;
  line: number;
}

export const fileWideCode = (): FileWideCode => ({ code: null, line: 0 });

/**
 * The first row fixes the code; a later row with another one is a problem: one download mixing two
 * classifications (or valuations) would store the same trade twice.
 */
export function mixedCodeProblem(
  seen: FileWideCode,
  found: { code: string; line: number; column: string; advice: string },
): RowProblem | null {
  if (seen.code === null) {
    seen.code = found.code;
    seen.line = found.line;
    return null;
  }
  if (seen.code === found.code) return null;
  return {
    column: found.column,
    message: `mixed classification: ${found.code} here, ${seen.code} on line ${seen.line}; ${found.advice}`,
  };
}

/** Reporter and partner cells that are no economy code at all, in the words of the format's code list. */
export function economyCodeProblems(
  codes: readonly (readonly [column: string, code: string])[],
  expected: string,
): RowProblem[] {
  return codes
    .filter(([, code]) => !looksLikeEconomyCode(code))
    .map(([column, code]) => ({ column, message: `unknown code "${code}": ${expected}` }));
}

/** A checked row → its figure; a row with any problem (or an unpaired reporter and partner) → the problems. */
export function figureOrProblems(
  problems: RowProblem[],
  pairing: Pairing,
  read: RowFigure | null,
): RowOutcome {
  if (problems.length > 0 || !pairing.ok || read === null) return { kind: 'problems', problems };
  return {
    kind: 'figure',
    figure: {
      scope: pairing.scope,
      reporter: pairing.reporter,
      year: read.year,
      period: read.period,
      productCode: read.productCode,
      flow: pairing.flowFor(read.flow),
      valueUsd: read.valueUsd,
    },
  };
}

/** What a row says before its reporter and partner are paired: the flow as the reporter sees it. */
type RowFigure = Pick<OfficialFigure, 'year' | 'period' | 'productCode' | 'valueUsd'> & {
  flow: 'X' | 'M';
};
