/** Okabe–Ito: distinguishable with the common forms of colour blindness. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#F0E442',
  '#000000',
];

export function billions(value: number): string {
  return `${(value / 1e9).toLocaleString('en-US', { maximumFractionDigits: 1 })}`;
}
