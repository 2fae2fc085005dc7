import { describe, expect, it } from 'vitest';
import { formatGrowth, formatUsd, usdAmount } from './money';

describe('money', () => {
  it('formats billions and millions without inventing precision', () => {
    expect(formatUsd(94_820_000_000)).toBe('$94.82 bn');
    expect(formatUsd(106_300_000_000)).toBe('$106.3 bn');
    expect(formatUsd(61_200_000)).toBe('$61.2 m');
    expect(formatUsd(-8_500_000_000)).toBe('-$8.5 bn');
  });

  it('formats growth from basis points', () => {
    expect(formatGrowth(1470)).toBe('+14.7%');
    expect(formatGrowth(-520)).toBe('-5.2%');
  });

  it('only accepts whole, non-negative dollars', () => {
    expect(usdAmount.safeParse(1.5).success).toBe(false);
    expect(usdAmount.safeParse(-1).success).toBe(false);
    expect(usdAmount.safeParse(43_820_000_000).success).toBe(true);
  });
});
