import type { ClientBase } from 'pg';
import type { TableShape } from '../table-shape';
import { orderByPrimaryKey, quoteIdentifier } from './sql-text';

const FETCH_SIZE = 2_000;

/**
 * A table's rows in primary-key order, through a server-side cursor so memory stays bounded at any size.
 * Must run inside a transaction (cursors live in one).
 */
export async function* postgresRows(
  client: ClientBase,
  shape: TableShape,
): AsyncGenerator<unknown[]> {
  const columns = shape.columns.map((c) => quoteIdentifier(c.name)).join(', ');
  const order = orderByPrimaryKey(shape, (kind) => (kind === 'text' ? ' COLLATE "C"' : ''));
  const cursor = quoteIdentifier(`tianshan_read_${shape.name}`);
  await client.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${columns} FROM ${quoteIdentifier(shape.name)} ${order}`,
  );
  try {
    for (;;) {
      const page = await client.query<unknown[]>({
        text: `FETCH FORWARD ${FETCH_SIZE} FROM ${cursor}`,
        rowMode: 'array',
      });
      yield* page.rows;
      if (page.rows.length < FETCH_SIZE) return;
    }
  } finally {
    // After a failed query the transaction is aborted and CLOSE fails too; the first error is the one to see.
    await client.query(`CLOSE ${cursor}`).catch(() => undefined);
  }
}
