import { z } from 'zod';

/**
 * Money is whole US dollars in an integer: exact, and far inside Number.MAX_SAFE_INTEGER for any
 * figure a source states. Cents never appear in the sources, so they are not modelled.
 */
export const usdAmount = z
  .number({ error: 'must be a number of US dollars' })
  .int('must be a whole number of US dollars')
  .nonnegative('cannot be negative')
  .max(10_000_000_000_000, 'is implausibly large (over 10 trillion USD)');

/** Growth stated by a source, in basis points (14.7% = 1470) so it is exact. */
export const growthBasisPoints = z
  .number()
  .int('must be whole basis points')
  .min(-10_000, 'cannot fall by more than 100%')
  .max(1_000_000, 'is implausibly large');

/** A decimal written as text ("565.8") so stored indicator values never drift. */
export const decimalText = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a plain decimal number such as 565.8');

export function formatUsd(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e9) return `${sign}$${trim(abs / 1e9)} bn`;
  if (abs >= 1e6) return `${sign}$${trim(abs / 1e6)} m`;
  return `${sign}$${abs.toLocaleString('en-US')}`;
}

function trim(n: number): string {
  return n.toFixed(n >= 100 ? 1 : 2).replace(/\.?0+$/, '');
}

export function formatGrowth(bp: number): string {
  const pct = bp / 100;
  return `${pct > 0 ? '+' : ''}${pct}%`;
}
