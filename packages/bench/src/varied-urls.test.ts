import { describe, expect, it } from 'vitest';
import { countryUrls, inTurn, projectUrls, tradeUrls } from './varied-urls';

describe('varied URLs for the load test', () => {
  it.each([
    ['/trade', tradeUrls],
    ['/projects', projectUrls],
    ['/countries/', countryUrls],
  ])('%s: distinct URLs of that view, in the same order every run', (path, urls) => {
    const list = urls();
    expect(new Set(list).size).toBe(list.length);
    expect(list.every((u) => u.startsWith(path))).toBe(true);
    expect(urls()).toEqual(list);
  });

  it('gives thousands of filter combinations, shuffled so neighbours differ', () => {
    const trade = tradeUrls();
    expect(trade.length).toBeGreaterThan(4000);
    expect(projectUrls().length).toBeGreaterThan(4000);
    expect(trade.slice(0, 20).filter((u) => u.includes('from=2000&')).length).toBeLessThan(10);
  });

  it('asks for each URL once before wrapping round', () => {
    const next = inTurn(['/a', '/b', '/c']);
    expect([next(), next(), next(), next()]).toEqual(['/a', '/b', '/c', '/a']);
  });
});
