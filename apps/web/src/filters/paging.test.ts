import { describe, expect, it } from 'vitest';
import { pageHref, pageSlice, readPage } from './paging';
import { readTradeUrl } from './trade-params';
import { activeFilterCount, downloadHref, viewQuery } from './view-links';

const url = (query: string) => new URLSearchParams(query);

describe('paging a list through its URL', () => {
  it('reads the page number, reporting one it cannot read', () => {
    expect(readPage(url(''))).toEqual({ page: 1, ignored: [] });
    expect(readPage(url('page=3'))).toEqual({ page: 3, ignored: [] });
    for (const bad of ['0', 'two', '-1', '2.5']) {
      const { page, ignored } = readPage(url(`page=${bad}`));
      expect(page, bad).toBe(1);
      expect(
        ignored.map((i) => i.param),
        bad,
      ).toEqual(['page']);
    }
  });

  it('is not a filter: the view reads it silently, and its links and download leave it out', () => {
    expect(readTradeUrl(url('country=KG&page=2')).ignored).toEqual([]);
    expect(viewQuery('trade', url('country=KG&page=2'))).toBe('?country=KG');
    expect(downloadHref('trade', url('page=2&country=KG'))).toBe('/export/trade.csv?country=KG');
  });

  it('shows the last page for a page past the end', () => {
    expect(pageSlice(1, 50, 0)).toEqual({ page: 1, offset: 0, limit: 50 });
    expect(pageSlice(2, 50, 120)).toEqual({ page: 2, offset: 50, limit: 50 });
    expect(pageSlice(9, 50, 120)).toEqual({ page: 3, offset: 100, limit: 50 });
  });

  it('links each page with the view’s own query string, page 1 being the bare view', () => {
    expect(pageHref('/trade', '?country=KG&from=2020', 2)).toBe(
      '/trade?country=KG&from=2020&page=2',
    );
    expect(pageHref('/trade', '?country=KG&page=3', 1)).toBe('/trade?country=KG');
    expect(pageHref('/trade', '', 1)).toBe('/trade');
  });
});

describe('counting the filters a URL applies', () => {
  it('counts each readable value, but not the order, the page or blank fields', () => {
    expect(activeFilterCount('trade', url(''))).toBe(0);
    expect(activeFilterCount('trade', url('country=KG&country=KZ&from=2020&to=&page=2'))).toBe(3);
    expect(activeFilterCount('trade', url('country=Narnia'))).toBe(0);
    expect(activeFilterCount('projects', url('sort=value&dir=desc&status=operating'))).toBe(1);
  });
});
