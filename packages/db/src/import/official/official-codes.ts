import { MONTH_NAMES, type CountryCode } from '@tianshan/model';

/**
 * The economies an official file may name, by every code the two databases use for them: UN M49 numbers
 * (Comtrade), ISO 3166 alpha-3 (Comtrade's reporterISO, IMF's SDMX keys) and alpha-2 (older IMF keys).
 */
export type Economy = 'CN' | CountryCode;

const ECONOMIES: { economy: Economy; m49: string; iso3: string }[] = [
  { economy: 'CN', m49: '156', iso3: 'CHN' },
  { economy: 'KZ', m49: '398', iso3: 'KAZ' },
  { economy: 'KG', m49: '417', iso3: 'KGZ' },
  { economy: 'TJ', m49: '762', iso3: 'TJK' },
  { economy: 'TM', m49: '795', iso3: 'TKM' },
  { economy: 'UZ', m49: '860', iso3: 'UZB' },
];

const BY_CODE = new Map<string, Economy>();
for (const e of ECONOMIES) {
  BY_CODE.set(e.m49, e.economy);
  BY_CODE.set(e.iso3, e.economy);
  BY_CODE.set(e.economy, e.economy);
}

/** The economy a code names, or null for any other economy, a region or the world (M49 0, W00). */
export function economyOf(code: string): Economy | null {
  const key = code
    .trim()
    .toUpperCase()
    .replace(/^0+(?=\d)/, '');
  return BY_CODE.get(key) ?? null;
}

/** Codes a file uses for "another economy" are numbers or 2–3 letters; anything else is not a code at all. */
export const looksLikeEconomyCode = (code: string) =>
  /^(\d{1,3}|[A-Za-z]{2,3}|W00)$/.test(code.trim());

/** China's side of a flow: what China sends, or what it receives. */
export type ChinaFlow = 'china-exports' | 'china-imports';

/**
 * Whose figure a reporter/partner pair is, and which side of China's trade a flow lands on. China reporting
 * a partner is China's own figure; a partner reporting China is that partner's, and its exports to China
 * are China's imports as the partner counts them (and the other way round).
 */
export type Pairing =
  | { ok: true; scope: CountryCode; reporter: Economy; flowFor: (flow: 'X' | 'M') => ChinaFlow }
  | { ok: false; side: 'reporter' | 'partner'; message: string };

export function pairOf(reporterCode: string, partnerCode: string): Pairing {
  const reporter = economyOf(reporterCode);
  const partner = economyOf(partnerCode);
  if (reporter === 'CN') {
    if (partner === null || partner === 'CN')
      return {
        ok: false,
        side: 'partner',
        message: `partner ${partnerCode} is not Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan or Uzbekistan; download China's trade with those five only`,
      };
    return {
      ok: true,
      scope: partner,
      reporter: 'CN',
      flowFor: (flow) => (flow === 'X' ? 'china-exports' : 'china-imports'),
    };
  }
  if (reporter === null)
    return {
      ok: false,
      side: 'reporter',
      message: `reporter ${reporterCode} is neither China (156) nor one of the five (398, 417, 762, 795, 860)`,
    };
  if (partner !== 'CN')
    return {
      ok: false,
      side: 'partner',
      message: `partner ${partnerCode} is not China (156); only trade with China is imported`,
    };
  return {
    ok: true,
    scope: reporter,
    reporter,
    flowFor: (flow) => (flow === 'X' ? 'china-imports' : 'china-exports'),
  };
}

/** The project's period label for a month (1–12). */
export const monthLabel = (month: number) => MONTH_NAMES[month - 1] ?? null;
