/** Page n of m, with the buttons that move one page either way. */
export function TablePager({
  page,
  pageCount,
  total,
  canPrevious,
  canNext,
  onPrevious,
  onNext,
}: {
  page: number;
  pageCount: number;
  total: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const button =
    'rounded border border-line px-3 py-1 text-sm disabled:cursor-not-allowed disabled:opacity-50';
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-3 text-sm">
      <button type="button" className={button} disabled={!canPrevious} onClick={onPrevious}>
        Previous page
      </button>
      <span aria-live="polite">
        Page {page} of {Math.max(1, pageCount)} · {total.toLocaleString('en-US')} records
      </span>
      <button type="button" className={button} disabled={!canNext} onClick={onNext}>
        Next page
      </button>
    </nav>
  );
}
