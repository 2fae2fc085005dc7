import { toUrlSearchParams, type RawSearchParams } from './parsers';
import type { IgnoredParam } from './read-params';

/**
 * Long lists are shown a page at a time (`?page=2`), so no page grows with the database. The page number
 * is not a filter: view links and downloads leave it out, and an export always holds every matching row.
 */
export const PAGE_PARAM = 'page';

/** The page asked for (1 when absent or unreadable; an unreadable value is reported). */
export function readPage(raw: RawSearchParams | URLSearchParams): {
  page: number;
  ignored: IgnoredParam[];
} {
  const [value, ...rest] = toUrlSearchParams(raw)
    .getAll(PAGE_PARAM)
    .filter((v) => v.trim() !== '');
  const ignored = rest.map((v) => ({
    param: PAGE_PARAM,
    value: v,
    reason: 'given more than once',
  }));
  if (value === undefined) return { page: 1, ignored };
  if (!/^\d{1,6}$/.test(value.trim()) || Number(value) < 1)
    return {
      page: 1,
      ignored: [{ param: PAGE_PARAM, value, reason: 'not a page number (1, 2, …)' }, ...ignored],
    };
  return { page: Number(value), ignored };
}

/** The rows a page covers; a page past the end of the list shows its last page. */
export function pageSlice(page: number, size: number, total: number) {
  const shown = Math.min(page, Math.max(1, Math.ceil(total / size)));
  return { page: shown, offset: (shown - 1) * size, limit: size };
}

/** A page of a list, keeping the view's own query string (page 1 is the bare view). */
export function pageHref(path: string, query: string, page: number): string {
  const params = new URLSearchParams(query);
  params.delete(PAGE_PARAM);
  if (page > 1) params.set(PAGE_PARAM, String(page));
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}
