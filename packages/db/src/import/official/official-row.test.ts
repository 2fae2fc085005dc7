import { describe, expect, it } from 'vitest';
import { pairOf } from './official-codes';
import {
  economyCodeProblems,
  figureOrProblems,
  fileWideCode,
  mixedCodeProblem,
  periodLabel,
} from './official-row';

describe('the parsing steps official formats share', () => {
  it('names a year, a month or a quarter as the project does, and no part that does not exist', () => {
    expect(periodLabel('A', null)).toBe('FY');
    expect(periodLabel('M', 3)).toBe('Mar');
    expect(periodLabel('Q', 4)).toBe('Q4');
    expect([periodLabel('M', 13), periodLabel('Q', 5), periodLabel('M', null)]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('lets the first row fix a file-wide code and names the line of a row that mixes in another', () => {
    const seen = fileWideCode();
    const found = (code: string, line: number) =>
      mixedCodeProblem(seen, { code, line, column: 'classificationCode', advice: 'one per file' });
    expect(found('H6', 2)).toBeNull();
    expect(found('H6', 3)).toBeNull();
    expect(found('H5', 4)).toEqual({
      column: 'classificationCode',
      message: 'mixed classification: H5 here, H6 on line 2; one per file',
    });
  });

  it('names each cell that is no economy code', () => {
    expect(
      economyCodeProblems(
        [
          ['reporterCode', '156'],
          ['partnerCode', 'x-1'],
        ],
        'expected a UN M49 number',
      ),
    ).toEqual([{ column: 'partnerCode', message: 'unknown code "x-1": expected a UN M49 number' }]);
  });

  it('makes a figure only of a row without problems', () => {
    const pairing = pairOf('156', '398');
    const read = { year: 2024, period: 'FY', productCode: null, flow: 'X' as const, valueUsd: 5 };
    expect(figureOrProblems([], pairing, read)).toMatchObject({
      kind: 'figure',
      figure: { year: 2024, valueUsd: 5 },
    });
    const problem = { column: 'primaryValue', message: 'the value is missing' };
    expect(figureOrProblems([problem], pairing, read)).toEqual({
      kind: 'problems',
      problems: [problem],
    });
    expect(figureOrProblems([], pairing, null)).toEqual({ kind: 'problems', problems: [] });
  });
});
