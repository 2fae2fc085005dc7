import { investmentCoverage } from '@tianshan/model';
import type { RouterInputs } from '@tianshan/api';
import type { FormKind, FormValues } from './record-fields';

export type DuplicateQuery = RouterInputs['workbench']['duplicates'];

const FLOWS = ['totalUsd', 'chinaExportsUsd', 'chinaImportsUsd'] as const;

const textOf = (values: FormValues['fields'], name: string): string => {
  const v = values[name];
  return typeof v === 'string' ? v.trim() : '';
};

const yearOf = (values: FormValues['fields']): number | null => {
  const y = textOf(values, 'year');
  return /^\d{4}$/.test(y) ? Number(y) : null;
};

/**
 * What makes the figure being added the same as a stored one, once the form holds enough of it to ask;
 * null before that, and for kinds that have no such check.
 */
export function duplicateQueryOf(
  kind: FormKind,
  values: FormValues['fields'],
): DuplicateQuery | null {
  const year = yearOf(values);
  if (kind === 'trade-report') {
    const [scope, period, reporter] = ['scope', 'period', 'reporter'].map((f) => textOf(values, f));
    if (!scope || !period || !reporter || year === null) return null;
    return {
      kind,
      scope,
      year,
      period,
      reporter,
      productCode: textOf(values, 'productCode') || null,
      flows: FLOWS.filter((f) => textOf(values, f) !== ''),
    };
  }
  if (kind === 'investment') {
    const [scope, metricKind] = ['scope', 'metricKind'].map((f) => textOf(values, f));
    if (!scope || !metricKind || year === null) return null;
    const coverage = investmentCoverage.safeParse(textOf(values, 'coverage'));
    return {
      kind,
      scope,
      year,
      metricKind,
      asOf: textOf(values, 'asOf') || null,
      coverage: coverage.success ? coverage.data : null,
    };
  }
  if (kind === 'project') {
    const name = textOf(values, 'name');
    return name ? { kind, name } : null;
  }
  return null;
}
