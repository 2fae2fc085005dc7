import { pairOf } from './official-codes';
import type { OfficialFormat, OfficialRow, RowOutcome, RowProblem } from './official-figure';
import { usdOf } from './official-figure';
import {
  cell,
  economyCodeProblems,
  figureOrProblems,
  fileWideCode,
  mixedCodeProblem,
  periodLabel,
  type FileWideCode,
} from './official-row';

/** IMTS indicators: goods exports FOB, goods imports CIF or FOB; the balance is derived, never stored. */
const FLOWS: Record<string, { flow: 'X' | 'M'; valuation: string }> = {
  XG_FOB_USD: { flow: 'X', valuation: 'exports FOB' },
  MG_CIF_USD: { flow: 'M', valuation: 'imports CIF' },
  MG_FOB_USD: { flow: 'M', valuation: 'imports FOB' },
};
const DERIVED = new Set(['TBG_USD']);

/** SDMX's unit multiplier: a power of ten, or its name. */
function multiplierOf(row: OfficialRow): number | RowProblem {
  const column = row.SCALE !== undefined ? 'SCALE' : 'UNIT_MULT';
  const text = cell(row, column).toLowerCase();
  if (text === '' || text === 'units') return 1;
  const named: Record<string, number> = { thousands: 3, millions: 6, billions: 9 };
  const power = named[text] ?? (/^\d{1,2}$/.test(text) ? Number(text) : Number.NaN);
  if (Number.isNaN(power))
    return { column, message: `unknown code "${text}": expected a power of ten` };
  return 10 ** power;
}

function periodOf(row: OfficialRow): { year: number; period: string } | RowProblem {
  const freq = cell(row, 'FREQUENCY').toUpperCase();
  const time = cell(row, 'TIME_PERIOD');
  const match = /^(\d{4})(?:-?([MQ])?(\d{1,2}))?$/.exec(time);
  if (!match)
    return {
      column: 'TIME_PERIOD',
      message: `"${time}" is not a period such as 2024, 2024-Q1 or 2024-M01`,
    };
  const year = Number(match[1]);
  const part = match[3] === undefined ? null : Number(match[3]);
  const kind = part === null ? 'A' : match[2] === 'Q' ? 'Q' : 'M';
  if (freq !== '' && freq !== kind)
    return { column: 'FREQUENCY', message: `${freq} does not match the period ${time}` };
  const label = periodLabel(kind, part);
  if (!label)
    return {
      column: 'TIME_PERIOD',
      message: `"${time}" has no such ${kind === 'Q' ? 'quarter' : 'month'}`,
    };
  return { year, period: label };
}

function readRow(row: OfficialRow, valuation: FileWideCode, line: number): RowOutcome {
  const problems: RowProblem[] = [];
  const indicator = cell(row, 'INDICATOR').toUpperCase();
  const flow = FLOWS[indicator];
  if (DERIVED.has(indicator))
    return {
      kind: 'skip',
      reason: `${indicator} rows (a balance, derived from exports and imports)`,
    };
  if (!flow)
    problems.push({
      column: 'INDICATOR',
      message: `unknown code "${indicator}": expected XG_FOB_USD, MG_CIF_USD or MG_FOB_USD`,
    });
  else if (flow.flow === 'M') {
    const mixed = mixedCodeProblem(valuation, {
      code: indicator,
      line,
      column: 'INDICATOR',
      advice: 'download imports at one valuation (CIF or FOB)',
    });
    if (mixed) problems.push(mixed);
  }
  const country = cell(row, 'COUNTRY');
  const counterpart = cell(row, 'COUNTERPART_COUNTRY');
  problems.push(
    ...economyCodeProblems(
      [
        ['COUNTRY', country],
        ['COUNTERPART_COUNTRY', counterpart],
      ],
      'expected an ISO country code such as CHN or KAZ',
    ),
  );
  const pairing = pairOf(country, counterpart);
  if (!pairing.ok && problems.length === 0)
    problems.push({
      column: pairing.side === 'reporter' ? 'COUNTRY' : 'COUNTERPART_COUNTRY',
      message: pairing.message,
    });
  const period = periodOf(row);
  if ('column' in period) problems.push(period);
  const multiplier = multiplierOf(row);
  if (typeof multiplier !== 'number') problems.push(multiplier);
  const value = usdOf(row.OBS_VALUE, typeof multiplier === 'number' ? multiplier : 1);
  if (!value.ok) problems.push({ column: 'OBS_VALUE', message: value.message });
  return figureOrProblems(
    problems,
    pairing,
    flow && value.ok && !('column' in period)
      ? { ...period, productCode: null, flow: flow.flow, valueUsd: value.usd }
      : null,
  );
}

/**
 * IMF International Trade in Goods (IMTS, formerly Direction of Trade Statistics), as SDMX-CSV: one row per
 * country, indicator, counterpart and period, with the value in OBS_VALUE.
 */
export const imtsFormat: OfficialFormat = {
  id: 'imf-imts',
  database: {
    name: 'IMF International Trade in Goods (IMTS)',
    publisher: 'International Monetary Fund',
    url: 'https://data.imf.org/',
  },
  required: ['COUNTRY', 'INDICATOR', 'COUNTERPART_COUNTRY', 'TIME_PERIOD', 'OBS_VALUE'],
  flowColumn: 'INDICATOR',
  createReader: () => {
    const valuation = fileWideCode();
    return (row, line) => readRow(row, valuation, line);
  },
};
