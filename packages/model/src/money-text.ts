import { usdAmount } from './money';

/** What an editor typed as an amount of US dollars, read or refused with a reason to show beside the field. */
export type MoneyText = { ok: true; value: number } | { ok: false; message: string };

/** Scale words as sources and editors write them, by the power of ten they stand for. */
const SCALES: Readonly<Record<string, number>> = {
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  mln: 6,
  million: 6,
  b: 9,
  bn: 9,
  billion: 9,
  tn: 12,
  trillion: 12,
};

/** Leading and trailing currency words: the amount is always US dollars, so they only need to be allowed. */
const CURRENCY_BEFORE = /^(?:us\s*\$|\$|usd)\s*/;
const CURRENCY_AFTER = /\s*(?:usd|us\s+dollars?|dollars?)$/;
/** Digits either plain or grouped by commas in threes ("1,234,000"), then an optional decimal part. */
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

const refuse = (message: string): MoneyText => ({ ok: false, message });

/**
 * "22.71 bn", "350 m", "1,234,000", "$1.2 billion" → whole dollars, computed exactly in integers so 22.71 bn is
 * 22,710,000,000 and never 22,709,999,999.
 */
export function parseMoneyText(input: string): MoneyText {
  let t = input.trim().toLowerCase();
  if (t === '') return refuse('is empty');
  if (t.startsWith('-') || t.startsWith('−')) return refuse('cannot be negative');
  t = t.replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '').trim();
  const parts = /^([\d.,]+)\s*([a-z]*)$/.exec(t);
  if (!parts) return refuse(`cannot be read as an amount: write e.g. 22.71 bn, 350 m or 1,234,000`);
  const [, digits = '', word = ''] = parts;
  const number = NUMBER.exec(digits);
  if (!number)
    return refuse(
      `"${digits}" is not a number: use one decimal point and commas only between thousands`,
    );
  const power = word === '' ? 0 : SCALES[word];
  if (power === undefined)
    return refuse(
      `"${word}" is not a scale: use thousand, m (million), bn (billion) or tn (trillion)`,
    );
  const whole = (number[1] ?? '').replace(/,/g, '');
  const fraction = number[2] ?? '';
  if (fraction.length > power)
    return refuse('is not a whole number of US dollars (cents are not recorded)');
  const dollars = BigInt(whole + fraction.padEnd(power, '0'));
  if (dollars > BigInt(Number.MAX_SAFE_INTEGER)) return refuse(maxMessage());
  const value = Number(dollars);
  const checked = usdAmount.safeParse(value);
  return checked.success
    ? { ok: true, value }
    : refuse(checked.error.issues[0]?.message ?? maxMessage());
}

function maxMessage(): string {
  return usdAmount.safeParse(Number.MAX_SAFE_INTEGER).error?.issues[0]?.message ?? 'is too large';
}

const WORDS: readonly [number, string][] = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
  [3, 'thousand'],
];

/** An exact decimal of `value / 10^power`, without trailing zeros ("22.71", never "22.709999"). */
function scaled(value: number, power: number): string {
  const digits = String(value).padStart(power + 1, '0');
  const whole = digits.slice(0, digits.length - power);
  const fraction = digits.slice(digits.length - power).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** "22,710,000,000 US dollars — 22.71 billion": the full figure, then the short form a source would use. */
export function moneyInWords(value: number): string {
  const full = `${value.toLocaleString('en-US')} US dollar${value === 1 ? '' : 's'}`;
  const scale = WORDS.find(([power]) => value >= 10 ** power);
  return scale ? `${full} — ${scaled(value, scale[0])} ${scale[1]}` : full;
}
