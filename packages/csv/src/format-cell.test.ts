import { describe, expect, test } from 'vitest';
import { formatCell, formatNumber } from './format-cell';

describe('formatNumber', () => {
  test.each([
    [0, '0'],
    [-0, '0'],
    [-123, '-123'],
    [1234567.5, '1234567.5'],
    [10_000_000_000_000, '10000000000000'],
    [1e16, '10000000000000000'],
    [123456789012345680, '123456789012345680'],
    [1e21, '1000000000000000000000'],
    [-2.5e22, '-25000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-1e-7, '-0.0000001'],
    [0.1 + 0.2, '0.30000000000000004'],
  ])('writes %s as %s (no separators, no exponent)', (value, text) => {
    expect(formatNumber(value, 'n')).toBe(text);
    expect(Number(text)).toBe(value === 0 ? 0 : value);
  });

  test('writes bigints and plain decimal strings as they are', () => {
    expect(formatNumber(12345678901234567890n, 'n')).toBe('12345678901234567890');
    expect(formatNumber('565.8', 'n')).toBe('565.8');
    expect(formatNumber('-0.05', 'n')).toBe('-0.05');
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, '1e5', '1,234', ' 12', true, {}])(
    'refuses %s',
    (value) => {
      expect(() => formatNumber(value, 'n')).toThrow(TypeError);
    },
  );
});

describe('formatCell', () => {
  test('writes booleans and Dates', () => {
    expect(formatCell(true, 'boolean', 'b')).toBe('true');
    expect(formatCell(false, 'boolean', 'b')).toBe('false');
    expect(formatCell(new Date(Date.UTC(2024, 0, 31)), 'date', 'd')).toBe(
      '2024-01-31T00:00:00.000Z',
    );
    expect(() => formatCell('yes', 'boolean', 'b')).toThrow(TypeError);
    expect(() => formatCell(new Date(Number.NaN), 'date', 'd')).toThrow(TypeError);
  });

  test('writes numbers in a text column as text, neutralising negative ones', () => {
    expect(formatCell(42, 'text', 't')).toBe('42');
    expect(formatCell(-42, 'text', 't')).toBe("'-42");
  });

  test('neutralises a non-date string in a date column', () => {
    expect(formatCell('=1+1', 'date', 'd')).toBe("'=1+1");
  });
});
