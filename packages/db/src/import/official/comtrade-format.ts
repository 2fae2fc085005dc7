import { economyOf, pairOf } from './official-codes';
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

/** Sub-flows already counted in X and M under the general trade system: importing them would count twice. */
const INCLUDED_FLOWS = new Set(['RX', 'RM', 'DX', 'FM', 'MIP', 'XIP', 'MOP', 'XOP']);

/** A breakdown column must hold its "all" value: a per-mode or per-procedure row is part of a total. */
function breakdownProblem(row: OfficialRow): RowProblem | null {
  const checks: [string, (v: string) => boolean, string][] = [
    ['partner2Code', (v) => v === '0', 'second partner'],
    ['motCode', (v) => v === '0', 'mode of transport'],
    ['customsCode', (v) => v.toUpperCase() === 'C00', 'customs procedure'],
  ];
  for (const [column, isAll, what] of checks) {
    const value = cell(row, column);
    if (value !== '' && !isAll(value))
      return {
        column,
        message: `${value} is a breakdown by ${what}; download the totals (partner2Code 0, motCode 0, customsCode C00)`,
      };
  }
  return null;
}

function periodOf(row: OfficialRow, freq: string): { year: number; period: string } | RowProblem {
  const periodCell = cell(row, 'period');
  const yearText = cell(row, 'refYear') || periodCell.slice(0, 4);
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText))
    return { column: 'refYear', message: `"${yearText}" is not a year` };
  if (freq === 'A') return { year, period: 'FY' };
  const monthText = cell(row, 'refMonth') || periodCell.slice(4, 6);
  const label = periodLabel('M', /^\d{1,2}$/.test(monthText) ? Number(monthText) : null);
  if (!label)
    return {
      column: 'refMonth',
      message: `"${monthText}" is not a month (1–12) of a monthly file`,
    };
  return { year, period: label };
}

function readRow(row: OfficialRow, classification: FileWideCode, line: number): RowOutcome {
  const problems: RowProblem[] = [];
  const typeCode = cell(row, 'typeCode');
  if (typeCode !== '' && typeCode !== 'C')
    problems.push({
      column: 'typeCode',
      message: `unknown code "${typeCode}": only goods (C) are read`,
    });
  const freq = cell(row, 'freqCode');
  if (freq !== 'A' && freq !== 'M')
    problems.push({
      column: 'freqCode',
      message: `unknown code "${freq}": must be A (annual) or M (monthly)`,
    });
  const classificationCode = cell(row, 'classificationCode');
  if (classificationCode !== '') {
    const mixed = /^H[S0-9]$/i.test(classificationCode)
      ? mixedCodeProblem(classification, {
          code: classificationCode,
          line,
          column: 'classificationCode',
          advice: 'download one classification per file',
        })
      : {
          column: 'classificationCode',
          message: `unknown code "${classificationCode}": only HS classifications (H0–H6) are read`,
        };
    if (mixed) problems.push(mixed);
  }
  const reporterCode = cell(row, 'reporterCode');
  const partnerCode = cell(row, 'partnerCode');
  problems.push(
    ...economyCodeProblems(
      [
        ['reporterCode', reporterCode],
        ['partnerCode', partnerCode],
      ],
      'expected a UN M49 number',
    ),
  );
  for (const [column, iso, code] of [
    ['reporterISO', cell(row, 'reporterISO'), reporterCode],
    ['partnerISO', cell(row, 'partnerISO'), partnerCode],
  ] as const)
    if (iso !== '' && economyOf(code) !== null && economyOf(iso) !== economyOf(code))
      problems.push({ column, message: `${iso} does not match code ${code}` });
  const pairing = pairOf(reporterCode, partnerCode);
  if (!pairing.ok && problems.length === 0)
    problems.push({ column: `${pairing.side}Code`, message: pairing.message });
  const breakdown = breakdownProblem(row);
  if (breakdown) problems.push(breakdown);
  const flowCode = cell(row, 'flowCode').toUpperCase();
  if (INCLUDED_FLOWS.has(flowCode) && problems.length === 0)
    return { kind: 'skip', reason: `${flowCode} rows (already counted in X and M)` };
  if (flowCode !== 'X' && flowCode !== 'M' && !INCLUDED_FLOWS.has(flowCode))
    problems.push({ column: 'flowCode', message: `unknown code "${flowCode}": expected X or M` });
  const cmdCode = cell(row, 'cmdCode');
  const productCode = cmdCode.toUpperCase() === 'TOTAL' ? null : cmdCode;
  if (productCode !== null && !/^\d{2,10}$/.test(productCode))
    problems.push({
      column: 'cmdCode',
      message: `unknown code "${cmdCode}": expected TOTAL or an HS code`,
    });
  const value = usdOf(row.primaryValue);
  if (!value.ok) problems.push({ column: 'primaryValue', message: value.message });
  const period = freq === 'A' || freq === 'M' ? periodOf(row, freq) : null;
  if (period && 'column' in period) problems.push(period);
  return figureOrProblems(
    problems,
    pairing,
    value.ok && period && !('column' in period)
      ? { ...period, productCode, flow: flowCode === 'X' ? 'X' : 'M', valueUsd: value.usd }
      : null,
  );
}

/** UN Comtrade (API v1 and the Comtrade Plus download): one row per reporter, partner, flow, period and code. */
export const comtradeFormat: OfficialFormat = {
  id: 'comtrade',
  database: {
    name: 'UN Comtrade',
    publisher: 'United Nations Statistics Division',
    url: 'https://comtradeplus.un.org/',
  },
  required: [
    'freqCode',
    'refYear',
    'reporterCode',
    'partnerCode',
    'flowCode',
    'cmdCode',
    'primaryValue',
  ],
  flowColumn: 'flowCode',
  createReader: () => {
    const classification = fileWideCode();
    return (row, line) => readRow(row, classification, line);
  },
};
