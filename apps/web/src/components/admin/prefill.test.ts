import { describe, expect, test } from 'vitest';
import { prefillFromQuery } from './prefill';
import { RECORD_FIELDS } from './record-fields';

const tradeFields = RECORD_FIELDS['trade-report']?.fields ?? [];

describe('prefilling the add form from a link', () => {
  test('keeps a valid country, year, period and reporter', () => {
    expect(
      prefillFromQuery('trade-report', tradeFields, {
        scope: 'TM',
        year: '2003',
        period: 'FY',
        reporter: 'CN',
        returnTo: '/coverage',
      }),
    ).toEqual({ scope: 'TM', year: '2003', period: 'FY', reporter: 'CN' });
  });

  test('drops values the form would refuse, and fields a link may not fill', () => {
    expect(
      prefillFromQuery('trade-report', tradeFields, {
        scope: 'XX',
        year: '1850',
        period: 'Spring',
        reporter: ['CN', 'KZ'],
        totalUsd: '1000',
        notes: 'planted text',
      }),
    ).toEqual({});
  });
});
