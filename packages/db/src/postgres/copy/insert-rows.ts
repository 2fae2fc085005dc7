import type { ClientBase } from 'pg';
import type { CopiedTable } from './copy-plan';
import { quoteIdentifier } from './sql-text';
import { toPostgres } from './values';

// PostgreSQL takes at most 65,535 parameters a statement; a thousand rows keeps each one modest.
const MAX_PARAMETERS = 60_000;
const MAX_ROWS = 1_000;

/** Inserts SQLite rows in multi-row batches, holding one batch in memory at a time. */
export async function insertRows(
  client: ClientBase,
  table: CopiedTable,
  rows: Iterable<unknown[]>,
): Promise<number> {
  const { columns, name } = table.shape;
  const perBatch = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
  const head = `INSERT INTO ${quoteIdentifier(name)} (${columns.map((c) => quoteIdentifier(c.name)).join(', ')}) VALUES `;
  const statement = (count: number) => {
    const tuples = Array.from({ length: count }, (_, row) => {
      const cells = columns.map((_column, i) => `$${row * columns.length + i + 1}`);
      return `(${cells.join(', ')})`;
    });
    return head + tuples.join(', ');
  };
  // Full batches reuse one prepared statement; only the last, shorter one is parsed on its own.
  const fullBatch = { name: `tianshan_copy_${name}`, text: statement(perBatch) };
  let batch: unknown[] = [];
  let inBatch = 0;
  let total = 0;
  for (const row of rows) {
    columns.forEach((column, i) => batch.push(toPostgres(column.kind, row[i])));
    inBatch += 1;
    if (inBatch === perBatch) {
      await client.query({ ...fullBatch, values: batch });
      total += inBatch;
      batch = [];
      inBatch = 0;
    }
  }
  if (inBatch > 0) {
    await client.query({ text: statement(inBatch), values: batch });
    total += inBatch;
  }
  return total;
}

/** Moves the table's id sequence past the copied ids, so the next insert does not collide with them. */
export async function continueSequence(client: ClientBase, table: CopiedTable): Promise<void> {
  if (!table.identity) return;
  const column = quoteIdentifier(table.identity);
  await client.query(
    `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${column}), 0) + 1, false)
       FROM ${quoteIdentifier(table.shape.name)}`,
    [quoteIdentifier(table.shape.name), table.identity],
  );
}
