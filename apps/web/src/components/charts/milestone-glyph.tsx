function starPath(x: number, y: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(x + radius * Math.cos(angle)).toFixed(2)},${(y + radius * Math.sin(angle)).toFixed(2)}`;
  });
  return `M${points.join(' L')} Z`;
}

/** A milestone kind's marker shape, centred on (x, y): kinds stay apart without relying on colour. */
export function glyphPath(kind: string, x: number, y: number, r = 5): string {
  switch (kind) {
    case 'agreement':
      return `M${x - r},${y} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'financing':
      return `M${x - r},${y - r} h${2 * r} v${2 * r} h${-2 * r} Z`;
    case 'construction-start':
    case 'planned-start':
      return `M${x},${y - r - 1} L${x + r + 1},${y + r} L${x - r - 1},${y + r} Z`;
    case 'launch-ceremony':
      // A five-pointed star: a ceremony, not yet a working plant.
      return starPath(x, y, r + 1);
    case 'commissioning':
      return `M${x},${y - r - 1} L${x + r + 1},${y} L${x},${y + r + 1} L${x - r - 1},${y} Z`;
    case 'operation':
      return `M${x},${y + r + 1} L${x + r + 1},${y - r} L${x - r - 1},${y - r} Z`;
    case 'planned-completion':
      return `M${x - r},${y - r} L${x + r},${y + r} M${x + r},${y - r} L${x - r},${y + r}`;
    default:
      return `M${x - r},${y} h${2 * r} M${x},${y - r} v${2 * r}`;
  }
}

/** Kinds drawn as lines (no area to fill) need a heavier stroke to be seen. */
export const LINE_GLYPHS = new Set(['planned-completion', 'other']);

export const GLYPH_KINDS = [
  'agreement',
  'financing',
  'construction-start',
  'launch-ceremony',
  'commissioning',
  'operation',
  'other',
  'planned-start',
  'planned-completion',
] as const;
