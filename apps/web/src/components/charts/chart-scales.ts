/** Axis helpers shared by the time-axis charts. */

/** Whole years from `from` to `to`, thinned so a phone-width axis shows at most `max` labels. */
export function yearTicks([from, to]: [number, number], max = 7): number[] {
  const first = Math.ceil(from);
  const last = Math.floor(to);
  const step = Math.max(1, Math.ceil((last - first + 1) / max));
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(y);
  return ticks;
}

/** A money axis in the unit its largest value needs: billions, or millions below a billion. */
export function usdAxis(max: number): { label: string; format: (v: number) => string } {
  if (max >= 1e9)
    return {
      label: 'bn USD',
      format: (v) => (v / 1e9).toLocaleString('en-US', { maximumFractionDigits: 1 }),
    };
  return {
    label: 'm USD',
    format: (v) => (v / 1e6).toLocaleString('en-US', { maximumFractionDigits: 0 }),
  };
}
