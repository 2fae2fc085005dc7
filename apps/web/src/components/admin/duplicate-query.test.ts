import { describe, expect, test } from 'vitest';
import { duplicateQueryOf } from './duplicate-query';

describe('what an add form asks about duplicates', () => {
  test('a trade report asks once country, year, period and reporter are filled, with its flows', () => {
    const fields = { scope: 'KZ', year: '2024', period: 'FY', reporter: 'CN', totalUsd: '' };
    expect(duplicateQueryOf('trade-report', { ...fields, year: '' })).toBeNull();
    expect(
      duplicateQueryOf('trade-report', { ...fields, chinaExportsUsd: '22.71 bn', productCode: '' }),
    ).toEqual({
      kind: 'trade-report',
      scope: 'KZ',
      year: 2024,
      period: 'FY',
      reporter: 'CN',
      productCode: null,
      flows: ['chinaExportsUsd'],
    });
  });

  test('an investment leaves out a coverage it cannot read', () => {
    expect(
      duplicateQueryOf('investment', {
        scope: 'KG',
        year: '2023',
        metricKind: 'stock',
        asOf: '2023',
        coverage: '',
      }),
    ).toEqual({
      kind: 'investment',
      scope: 'KG',
      year: 2023,
      metricKind: 'stock',
      asOf: '2023',
      coverage: null,
    });
  });

  test('a project asks by name; other kinds never ask', () => {
    expect(duplicateQueryOf('project', { name: '  Khorgos ' })).toEqual({
      kind: 'project',
      name: 'Khorgos',
    });
    expect(duplicateQueryOf('project', { name: ' ' })).toBeNull();
    expect(duplicateQueryOf('event', { name: 'x' })).toBeNull();
  });
});
