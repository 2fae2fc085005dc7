/**
 * A source's grade as a small text badge beside its link: words, not a colour, so it reads the same in
 * print, in high-contrast mode and to a screen reader. `.grade` is positioned (globals.css), so the
 * screen-reader prefix stays inside the badge instead of widening a scrolling table at phone width.
 */
export function GradeBadge({ label }: { label: string | null }) {
  if (!label) return null;
  return (
    <span className="grade" data-testid="source-grade">
      <span className="sr-only">grade: </span>
      {label}
    </span>
  );
}
