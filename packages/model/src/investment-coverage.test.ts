import { describe, expect, it } from 'vitest';
import { investmentCoverageOf } from './classify';

/** Wordings from the starter investments and the 2026 additions, with what each figure covers. */
const CASES: [string, string][] = [
  // China into the whole country (or the five together)
  ['China outward FDI stock in the five Central Asian countries', 'china-country'],
  ['Cumulative Chinese investment in Kazakhstan (past 18 years)', 'china-country'],
  ['Chinese investment in Kyrgyzstan since 1995 (cumulative) plus loans', 'china-country'],
  ['FDI inflow from China to Kyrgyzstan', 'china-country'],
  ['Enterprises with Chinese capital operating in Uzbekistan', 'china-country'],
  ['Chinese credits to Turkmenistan (total, third-party estimate)', 'china-country'],
  ["Accumulated Chinese FDI in Kyrgyzstan's economy", 'china-country'],
  ['Total Chinese investment in Tajikistan (cumulative; ~70% direct)', 'china-country'],
  // China into one sector, company or project
  ['CNPC cumulative investment in Kazakhstan oil and gas', 'china-sector'],
  ['Zijin Mining cumulative investment in Zeravshan gold JV', 'china-sector'],
  ['China Development Bank loans for Galkynysh gas field Phase 1', 'china-sector'],
  ["Chinese investment in Kyrgyzstan's mining sector", 'china-sector'],
  [
    'Estimated total Chinese investment in the China-Kyrgyzstan-Uzbekistan railway (China holds 51%)',
    'china-sector',
  ],
  [
    'China Development Bank financing for ethane and propane trunk pipelines in Atyrau region (agreement)',
    'china-sector',
  ],
  // All origins
  ['Annual FDI into Kyrgyzstan mining industry (all origins) since 2017', 'all-origins'],
  // Other: contracts, portfolios, agreements, debt, shares, mixed totals
  ['Cumulative turnover of completed Chinese contracted projects in the five countries', 'other'],
  ['Kazakh-Chinese investment projects (portfolio)', 'other'],
  ['Portfolio of Uzbek-Chinese joint projects', 'other'],
  ['Chinese greenfield FDI projects announced (fDi Markets)', 'other'],
  ['China share of FDI into Kyrgyzstan (largest investor)', 'other'],
  ["Tajikistan's external debt to China", 'other'],
  ['Chinese direct investment and loans to Kazakhstan in 2024', 'other'],
  [
    'Commercial agreements signed at the 8th Kazakh-Chinese Business Council, Beijing (over 70 agreements)',
    'other',
  ],
];

describe('what an investment figure covers, from its wording', () => {
  it.each(CASES)('%s → %s', (wording, coverage) => {
    expect(investmentCoverageOf(wording)).toBe(coverage);
  });

  it('never reads the Kyrgyz all-origin mining figure as Chinese investment into the country', () => {
    expect(
      investmentCoverageOf('Annual FDI into Kyrgyzstan mining industry (all origins) since 2017'),
    ).not.toBe('china-country');
  });
});
