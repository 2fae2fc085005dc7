import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvText } from '@tianshan/csv/read';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDataFolder } from '../env';
import { createTestDatabase } from '../testing';
import { projectIdByName, rowInput, rowInputReader } from './row-input';
import type { ImportKind } from './row-mapping';

const seeded = createTestDatabase();
afterAll(() => seeded.close());

const FILES: Record<ImportKind, string> = {
  'trade-report': 'trade.csv',
  investment: 'investments.csv',
  project: 'projects.csv',
  milestone: 'milestones.csv',
  indicator: 'indicators.csv',
};

/** Each starter row as it is, and spoilt in a field, in its source, or in both. */
function variants(row: Record<string, string>): Record<string, string>[] {
  const spoilt = Object.keys(row)
    .filter((column) => !column.startsWith('source_'))
    .slice(0, 4)
    .map((column) => ({ ...row, [column]: 'not-a-value' }));
  return [
    row,
    ...spoilt,
    { ...row, source_url: 'javascript:alert(1)' },
    { ...row, source_title: '' },
    { ...row, source_date: 'someday', year: '1200' },
    { ...row, more_sources: '[{"title":"A second source","url":"https://example.org/second"}]' },
    { ...row, more_sources: 'not json' },
  ];
}

describe('rowInputReader', () => {
  it.each(Object.entries(FILES))(
    'reads every %s row exactly as rowInput does: the same input, or the same messages on the same columns',
    (kind, file) => {
      const text = readFileSync(path.join(seedDataFolder(), file), 'utf8');
      const rows = readCsvText(text)
        .slice(0, 40)
        .flatMap((r) => variants(r.values));
      const read = rowInputReader(kind as ImportKind, (name) => projectIdByName(seeded.db, name));
      let invalid = 0;
      for (const row of [...rows, ...rows]) {
        const expected = rowInput(seeded.db, kind as ImportKind, row);
        if (!expected.ok) invalid++;
        expect(read(row)).toEqual(expected);
      }
      expect(invalid).toBeGreaterThan(0);
    },
  );
});
