import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/each-database';
import { currentWriteVersion } from './current-write-version';
import { runWrite } from './step/run-write';
import { insertStep } from './step/step';

const bump = (key: string) =>
  function* (w: Parameters<Parameters<typeof runWrite>[1]>[0]) {
    yield* insertStep(w.tables.meta, { key, value: 'written' });
  };

describeOnEachDatabase('the write version a cache compares', (database) => {
  it("follows another connection's writes on the very next call", async () => {
    const other = await database().connect();
    try {
      const before = await currentWriteVersion(database().db);
      await runWrite(other.db, bump('elsewhere-1'));
      expect(await currentWriteVersion(database().db)).toBe(before + 1);
    } finally {
      await other.close();
    }
  });
});
