import { SOURCE_GRADE_LABELS, type SourceGrade } from '@tianshan/model';

/**
 * A source's grade as a small text badge beside its link: words, not a colour, so it reads the same in
 * print, in high-contrast mode and to a screen reader.
 */
export function SourceGradeBadge({ grade }: { grade: SourceGrade | null }) {
  if (!grade) return null;
  // Positioned, so the screen-reader prefix (absolutely placed) stays inside the badge: otherwise it is
  // placed against an ancestor outside a scrolling table and widens the page at phone width.
  return (
    <span
      className="relative ml-1 inline-block rounded border border-line px-1 align-baseline text-xs text-muted"
      data-testid="source-grade"
    >
      <span className="sr-only">grade: </span>
      {SOURCE_GRADE_LABELS[grade]}
    </span>
  );
}
