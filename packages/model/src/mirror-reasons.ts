import type { CountryCode } from './enums';

/**
 * Why China's and the partner's figures for the same trade differ, as the starter dataset's sources explain
 * it. Shown beside every mirror-statistics comparison so a gap is read as information, not as an error.
 */
export const MIRROR_REASONS: Record<CountryCode, string[]> = {
  KG: [
    'Goods transiting Kyrgyzstan to third countries are declared by China as exports to Kyrgyzstan (re-export and shuttle trade), so China reports about four times what Kyrgyzstan records.',
    'Kyrgyz statistics count imports by country of origin and miss informal bazaar trade; Chinese customs count by destination of the shipment.',
  ],
  TJ: [
    'China reports about twice what Tajikistan records: temporary imports of construction equipment for Chinese-built projects and transit goods are counted differently.',
  ],
  KZ: [
    'China reports about 1.3 times what Kazakhstan records: different methodology (CIF imports against FOB exports, country of origin against consignment), transit goods and temporary imports.',
  ],
  TM: [
    'Turkmenistan publishes little trade data by partner; most figures come from the Chinese side.',
  ],
  UZ: [
    'Uzbek and Chinese figures are close in most years; differences come from timing, valuation (CIF/FOB) and transit through third countries.',
  ],
};
