import { describe, expect, it } from 'vitest';
import { readInvestmentUrl } from './investment-params';
import { readProjectUrl } from './project-params';
import { readTimelineUrl } from './timeline-params';
import { readTradeUrl } from './trade-params';
import { ignoredParams, viewQuery } from './view-links';

const url = (query: string) => new URLSearchParams(query);

describe('reading a view’s filters from its URL', () => {
  it('accepts a code in any case and a country by name or page slug', () => {
    for (const spelling of ['KZ', 'kz', 'Kazakhstan', 'kazakhstan', ' KAZAKHSTAN ']) {
      const { filter, ignored } = readTradeUrl(url(`country=${encodeURIComponent(spelling)}`));
      expect(filter.countries, spelling).toEqual(['KZ']);
      expect(ignored).toEqual([]);
    }
    expect(readTradeUrl(url('country=Central+Asia&country=kg')).filter.countries).toEqual([
      'C5',
      'KG',
    ]);
    expect(readTradeUrl(url('country=KZ,UZ')).filter.countries).toEqual(['KZ', 'UZ']);
  });

  it('names a value it cannot read, and why, instead of dropping it silently', () => {
    const { filter, ignored } = readTradeUrl(url('country=Kazakstan&country=KG'));
    expect(filter.countries).toEqual(['KG']);
    expect(ignored).toEqual([
      { param: 'country', value: 'Kazakstan', reason: expect.stringMatching(/^not a country/) },
    ]);
  });

  it('does not read 2020x as 2020, nor a year outside the data', () => {
    const { filter, ignored } = readTradeUrl(url('from=2020x&to=1800'));
    expect(filter.yearFrom).toBeUndefined();
    expect(filter.yearTo).toBeUndefined();
    expect(ignored.map((i) => `${i.param}=${i.value}: ${i.reason}`)).toEqual([
      'from=2020x: not a year (four digits, e.g. 2024)',
      'to=1800: not a year between 1991 and 2100',
    ]);
    expect(readTradeUrl(url('from=2020&to=2024')).filter).toMatchObject({
      yearFrom: 2020,
      yearTo: 2024,
    });
  });

  it('reads labels and loose spellings of fixed lists', () => {
    const { filter, ignored } = readInvestmentUrl(
      url('metric=FDI+stock&metric=fdi_flow&sector=Mining'),
    );
    expect(filter.metricKinds).toEqual(['fdi-stock', 'fdi-flow']);
    expect(filter.sectors).toEqual(['mining']);
    expect(ignored).toEqual([]);
    expect(readTradeUrl(url('reporter=cn&period=YEAR')).filter).toMatchObject({
      reporters: ['CN'],
      periodKinds: ['year'],
    });
  });

  it('reports a parameter the view does not know and one given twice', () => {
    const ignored = readProjectUrl(url('contry=KZ&sort=value&sort=name&dir=up')).ignored;
    expect(ignored.map((i) => i.param)).toEqual(['sort', 'dir', 'contry']);
    expect(readProjectUrl(url('dir=up')).filter.dir).toBe('asc');
  });

  it('reads the delayed switch in the obvious spellings and names a value it cannot read', () => {
    expect(readProjectUrl(url('delayed=true')).filter.delayed).toBe(true);
    expect(readProjectUrl(url('delayed=Yes')).filter.delayed).toBe(true);
    expect(readProjectUrl(url('delayed=false')).filter.delayed).toBeUndefined();
    const { filter, ignored } = readProjectUrl(url('delayed=maybe'));
    expect(filter.delayed).toBeUndefined();
    expect(ignored.map((i) => i.param)).toEqual(['delayed']);
  });

  it('checks partial dates on the timeline and HS codes on trade', () => {
    expect(readTimelineUrl(url('from=2024-05&to=May')).ignored.map((i) => i.param)).toEqual(['to']);
    expect(readTradeUrl(url('product=27')).filter.productCode).toBe('27');
    expect(readTradeUrl(url('product=oil')).ignored.map((i) => i.param)).toEqual(['product']);
  });

  it('keeps free text as typed, never ignoring it', () => {
    const { filter, ignored } = readTradeUrl(url('q=%20gas%20pipeline%20'));
    expect(filter.search).toBe('gas pipeline');
    expect(ignored).toEqual([]);
  });
});

describe('a view’s download link', () => {
  it('carries the page’s own spelling and leaves out what the page ignored', () => {
    const raw = url('country=kz&country=Kazakstan&from=2020x&to=2024&contry=UZ');
    expect(ignoredParams('trade', raw).map((i) => i.param)).toEqual(['country', 'from', 'contry']);
    expect(viewQuery('trade', raw)).toBe('?country=kz&to=2024');
    expect(ignoredParams('trade', url(viewQuery('trade', raw)))).toEqual([]);
  });
});
