import { describe, expect, it } from 'vitest';
import { columnOfPath, rowToInput } from './csv-mapping';
import { investmentDescriptor } from './investment';
import { tradeReportDescriptor } from './trade-report';

describe('columnOfPath', () => {
  it("puts a bad source address on source_url, not on the first source's title", () => {
    const row = {
      country_iso2: 'KG',
      year: '2026',
      period: 'FY',
      reporter: 'CN',
      total_usd: '5',
      source_title: 'A bulletin',
      source_url: 'javascript:alert(1)',
    };
    const parsed = tradeReportDescriptor.input.safeParse(rowToInput(tradeReportDescriptor, row));
    expect(parsed.success).toBe(false);
    const columns = parsed.error?.issues.map((i) => columnOfPath(tradeReportDescriptor, i.path));
    expect(columns).toEqual(['source_url']);
  });

  it('names the field, the first source, and further sources by their own columns', () => {
    const d = investmentDescriptor;
    expect(columnOfPath(d, ['amountUsd'])).toBe('value_usd');
    expect(columnOfPath(d, ['citations', 0, 'newSource', 'url'])).toBe('source_url');
    expect(columnOfPath(d, ['citations', 0, 'newSource', 'title'])).toBe('source_title');
    expect(columnOfPath(d, ['citations', 2, 'newSource', 'url'])).toBe('more_sources');
    expect(columnOfPath(d, ['citations'])).toBe('source_title');
  });
});
