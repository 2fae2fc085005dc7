import { describe, expect, it } from 'vitest';
import { JsonText } from './audit';
import { asSnapshot, creationEntry, snapshotJson, type Row } from './record-parts';
import { CITED_KIND_NAMES } from './record-kinds';

/**
 * A new record's audit snapshot is built as text (`snapshotJson`) rather than as an object serialised
 * afterwards: the stored text must be exactly what serialising the snapshot gives, for every kind.
 */
const row: Row = {
  id: 7,
  name: 'Quote " backslash \\ line\nbreak, emoji 🚆, and \u2028',
  year: 2024,
  share: 0.125,
  preferred: null,
  deletedAt: null,
  version: 1,
};

describe('snapshotJson', () => {
  for (const kind of CITED_KIND_NAMES)
    it(`is the serialised snapshot of a ${kind}, countries and sources sorted`, () => {
      const countries = ['UZ', 'KG', 'KZ'];
      const sourceIds = [12, 3, 100];
      expect(snapshotJson(kind, row, countries, sourceIds)).toBe(
        JSON.stringify(asSnapshot(kind, row, countries, sourceIds)),
      );
      expect(snapshotJson(kind, row, undefined, [5])).toBe(
        JSON.stringify(asSnapshot(kind, row, undefined, [5])),
      );
      // The caller's lists are left as they were.
      expect(sourceIds).toEqual([12, 3, 100]);
      expect(countries).toEqual(['UZ', 'KG', 'KZ']);
    });

  it('is what a creation entry stores as its snapshot', () => {
    const entry = creationEntry(
      'trade-report',
      { row, countries: undefined, sourceIds: [2, 1] },
      { actor: { userId: null, label: 'test' } },
    );
    expect(entry.after).toBeInstanceOf(JsonText);
    expect((entry.after as JsonText).text).toBe(
      JSON.stringify(asSnapshot('trade-report', row, undefined, [2, 1])),
    );
  });
});
