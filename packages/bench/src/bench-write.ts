import type { Db } from '@tianshan/db/client';
import { createSourceSync, updateSourceSync } from '@tianshan/db/write/source-records';

const ACTOR = { userId: null, label: 'benchmark' };
const TITLE = 'Benchmark write marker (a copy of the data made for a benchmark)';

/**
 * A real, audited change through the product's write layer, on a record of the benchmark's own in its own
 * copy of the database: every server process sees the database move, so each response cache is invalid
 * and the next reader is the first reader after a write.
 */
export function benchWriter(db: Db): { write: () => void } {
  const id = createSourceSync(db, { title: TITLE, notes: 'write 0' }, { actor: ACTOR });
  let writes = 0;
  return {
    write: () =>
      updateSourceSync(db, id, { title: TITLE, notes: `write ${++writes}` }, { actor: ACTOR }),
  };
}
