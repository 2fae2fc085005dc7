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

const SCOPE_ORDER = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'C5'];

/** A country keeps one colour in every chart (the five together in black). */
export function scopeColour(scope: string): string {
  const i = SCOPE_ORDER.indexOf(scope);
  if (i === 5) return '#000000';
  return PALETTE[i === -1 ? 6 : i] ?? '#000000';
}

/** A project's status as a lane colour: plans in blues, building in oranges, working in greens. */
export const STATUS_COLOURS: Record<string, string> = {
  announced: '#9FB3C8',
  'agreement-signed': '#56B4E9',
  'pre-construction': '#CC79A7',
  'under-construction': '#E69F00',
  'partly-operating': '#66C2A5',
  operating: '#009E73',
  completed: '#0072B2',
  suspended: '#D55E00',
  cancelled: '#000000',
};
