import { describe, expect, it } from 'vitest';
import { countryCode, scopeCode } from '../enums';
import { countryList, money, percentBasisPoints, scope } from './codecs';

describe('codecs', () => {
  it('reads percentages as exact basis points and writes them back', () => {
    expect(percentBasisPoints.parse('14.7')).toBe(1470);
    expect(percentBasisPoints.parse('-3.05')).toBe(-305);
    expect(percentBasisPoints.parse(' ')).toBeNull();
    expect(percentBasisPoints.parse('abc')).toBeNaN();
    expect([1470, 978, -305, 5, 100].map(percentBasisPoints.format)).toEqual([
      '14.7',
      '9.78',
      '-3.05',
      '0.05',
      '1',
    ]);
  });

  it('refuses ambiguous money rather than guessing', () => {
    expect(money.parse('22710000000')).toBe(22_710_000_000);
    expect(money.parse('22,710,000,000')).toBeNaN();
  });

  it('reads all five countries as Central Asia and leaves other lists for validation to refuse', () => {
    expect(scope.parse('KZ;KG;TJ;TM;UZ')).toBe('C5');
    expect(scopeCode.safeParse(scope.parse('KZ;KG')).success).toBe(false);
    expect(countryList.parse('KG; UZ')).toEqual(['KG', 'UZ']);
    expect((countryList.parse('KG;XX') ?? []).every((c) => countryCode.safeParse(c).success)).toBe(
      false,
    );
  });
});
