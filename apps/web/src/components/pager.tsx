import Link from 'next/link';
import { pageHref } from '~/filters/paging';

/**
 * Previous and next links under a paged list, with where the reader is ("page 2 of 5, 51–100 of 215").
 * Each link keeps the view's own query string, so the filters and the order survive paging.
 */
export function Pager({
  path,
  query,
  page,
  size,
  total,
}: {
  path: string;
  /** The view's own query string (`viewQuery`), without the page. */
  query: string;
  page: number;
  size: number;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages === 1 && page === 1) return null;
  const first = Math.min(total, (page - 1) * size + 1);
  const last = Math.min(total, page * size);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-baseline gap-4 text-sm">
      <span className="text-muted" data-testid="pager-position">
        Page {page} of {pages}
        {first <= last ? ` (${first}–${last} of ${total})` : ''}
      </span>
      {page > 1 ? (
        <Link
          className="text-accent underline"
          href={pageHref(path, query, Math.min(page - 1, pages))}
        >
          Previous page
        </Link>
      ) : null}
      {page < pages ? (
        <Link className="text-accent underline" href={pageHref(path, query, page + 1)}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
