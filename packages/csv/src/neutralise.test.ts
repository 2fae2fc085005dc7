import { describe, expect, test } from 'vitest';
import { neutraliseFormula, stripFormulaGuard } from './neutralise';

describe('neutraliseFormula', () => {
  test.each([
    '=1+1',
    '+1',
    '-5',
    '@A1',
    '\tx',
    '\rx',
    '\uFF1D1+1',
    '\uFF0B1',
    '\uFF0D1',
    '\uFF20A1',
  ])('prefixes %j with a single quote', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  test.each(['', 'Almaty', '5', ' =1', "'", "'abc", 'a=b', '2024-01'])(
    'leaves %j alone',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );

  test('adds one more quote to text that already looks guarded', () => {
    expect(neutraliseFormula("'=1")).toBe("''=1");
  });
});

describe('stripFormulaGuard', () => {
  test('removes exactly one quote when quotes precede a trigger character', () => {
    expect(stripFormulaGuard("'=1+1")).toBe('=1+1');
    expect(stripFormulaGuard("'-5")).toBe('-5');
    expect(stripFormulaGuard("''=1")).toBe("'=1");
    expect(stripFormulaGuard("'\t")).toBe('\t');
  });

  test('leaves any other text alone', () => {
    for (const text of ["'abc", "'", "''", '=1+1', '-5', "a'=b", "'5"]) {
      expect(stripFormulaGuard(text)).toBe(text);
    }
  });
});
