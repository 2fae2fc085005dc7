import { is, SQL, type Column } from 'drizzle-orm';

/**
 * Where each column of a just-inserted row comes from, so the row can be known without `RETURNING`:
 * SQLite runs a `RETURNING` clause as a trigger that copies every row into a temporary table before handing
 * it back, which doubled the cost of an imported record's insert. The row is what was bound, the rowid, or
 * the column's literal default; a table or default that cannot be known this way keeps `RETURNING`.
 */
export type StoredSource =
  | { from: 'bound'; index: number; affinity: Affinity }
  | { from: 'rowid' }
  | { from: 'constant'; value: unknown };

type Affinity = 'integer' | 'text' | 'blob' | 'real' | 'numeric';

/** SQLite's rules for a declared type's affinity (section 3.1 of "Datatypes In SQLite"). */
function affinityOf(column: Column): Affinity {
  const type = column.getSQLType().toUpperCase();
  if (type.includes('INT')) return 'integer';
  if (type.includes('CHAR') || type.includes('CLOB') || type.includes('TEXT')) return 'text';
  if (type.includes('BLOB') || type === '') return 'blob';
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return 'real';
  return 'numeric';
}

/**
 * Whether a bound value reads back as the same JavaScript value: SQLite converts a value to its column's
 * affinity on the way in (a number bound to a text column reads back as a string), so anything else is
 * read back from the table instead.
 */
export function readsBackAsBound(value: unknown, affinity: Affinity): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return affinity === 'text' || affinity === 'blob';
  if (typeof value === 'number') return Number.isFinite(value) && affinity !== 'text';
  return false;
}

/**
 * The plan for a table's columns in `order` when the insert binds `bound` (in that order), or null when a
 * column's stored value cannot be known from here: a runtime or SQL default (other than the clock columns,
 * which are bound), a generated column, or a table whose key is not its rowid.
 */
export function storedRowPlan(order: Column[], bound: Column[]): StoredSource[] | null {
  const key = order.filter((column) => column.primary);
  const rowidKey = key.length === 1 && affinityOf(key[0] as Column) === 'integer' ? key[0] : null;
  if (!rowidKey) return null;
  const plan: StoredSource[] = [];
  for (const column of order) {
    const index = bound.indexOf(column);
    if (index >= 0) {
      plan.push({ from: 'bound', index, affinity: affinityOf(column) });
      continue;
    }
    if (column === rowidKey) {
      plan.push({ from: 'rowid' });
      continue;
    }
    if (column.generated || column.defaultFn || is(column.default, SQL)) return null;
    const value =
      column.default === undefined || column.default === null
        ? null
        : column.mapToDriverValue(column.default);
    if (!readsBackAsBound(value, affinityOf(column))) return null;
    plan.push({ from: 'constant', value });
  }
  return plan;
}
