import { describe, expect, it } from 'vitest';
import { moneyInWords, parseMoneyText } from './money-text';

const value = (text: string) => {
  const read = parseMoneyText(text);
  return read.ok ? read.value : read.message;
};

describe('parseMoneyText', () => {
  it.each([
    ['22.71 bn', 22_710_000_000],
    ['350 m', 350_000_000],
    ['1,234,000', 1_234_000],
    ['$1.2 billion', 1_200_000_000],
    ['350 million', 350_000_000],
    ['22710000000', 22_710_000_000],
    ['US$ 4.67bn', 4_670_000_000],
    ['0.5 tn', 500_000_000_000],
    ['12 thousand', 12_000],
    ['  7 BN USD ', 7_000_000_000],
    ['10 trillion', 10_000_000_000_000],
  ])('reads %s exactly', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['1.2.3 bn', /not a number/],
    ['-5 m', /cannot be negative/],
    ['12 bn bn', /cannot be read/],
    ['10.000000000001 tn', /implausibly large/],
    ['11 tn', /implausibly large/],
    ['99999999999999999999', /implausibly large/],
    ['5 zillion', /not a scale/],
    ['1,23', /not a number/],
    ['1.5', /whole number/],
    ['abc', /cannot be read/],
    ['', /empty/],
  ])('refuses %s with a reason', (text, reason) => {
    const read = parseMoneyText(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(reason);
  });
});

describe('moneyInWords', () => {
  it('gives the full figure, then the short form without float noise', () => {
    expect(moneyInWords(22_710_000_000)).toBe('22,710,000,000 US dollars — 22.71 billion');
    expect(moneyInWords(350_000_000)).toBe('350,000,000 US dollars — 350 million');
    expect(moneyInWords(1_234_000)).toBe('1,234,000 US dollars — 1.234 million');
    expect(moneyInWords(999)).toBe('999 US dollars');
    expect(moneyInWords(1)).toBe('1 US dollar');
  });
});
