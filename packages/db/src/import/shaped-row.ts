import { CITED_KINDS, isOfProject, type ValidInput } from '../write/record-kinds';
import { decoded, encodedValues, planInsert, type InsertPlan } from '../write/insert-plan';
import { readsBackAsBound } from '../write/stored-row';
import type { ImportKind } from './row-mapping';

/** A value of the new record's that only the commit knows: its id, or the time of the commit. */
export type Slot = 'id' | 'clock';

/**
 * A new record's audit snapshot is `JSON.stringify` of its stored row (`snapshotJson`), with its sources
 * appended. All of it is known in the preview except its id and timestamps: the snapshot is kept as the
 * text between them. A part the same for every row (the keys, a column left to a literal default) is
 * written into the commit's statement once instead of onto every staged row.
 */
export type SnapshotPart = { text: string } | { row: number } | { slot: Slot };

/** A varying segment's pieces: literal text, or the index of a returned column whose value was bound. */
type Piece = string | number;

export interface RowShape {
  plan: InsertPlan;
  /** The parts of the snapshot (without its closing brace), in order; `row` numbers a staged segment. */
  snapshot: SnapshotPart[];
  /** How each staged segment is made of a row's values. */
  segments: Piece[][];
  /** The table's key (the rowid), which the commit assigns. */
  idColumn: string;
}

/**
 * Whether an import of `kind` can be written by SQLite's own `INSERT … SELECT` from rows shaped in the
 * preview (commit-shaped.ts): a record with nothing besides its row, citations and audit entry — no
 * countries, no project to check, no unique name, no plan to refresh.
 */
export function isShapeable(kind: ImportKind): boolean {
  return !('countries' in CITED_KINDS[kind]) && !isOfProject(kind) && kind !== 'project';
}

/**
 * The shape of rows defining `keys`, or null when their stored row cannot be known in advance (a column
 * whose value SQLite or Drizzle would make up: see `storedRowPlan`), or when the id or a timestamp would
 * not read back as written.
 */
export function rowShape(kind: ImportKind, keys: readonly string[]): RowShape | null {
  const plan = planInsert(CITED_KINDS[kind].table, keys);
  if (!plan.stored) return null;
  const snapshot: SnapshotPart[] = [];
  const segments: Piece[][] = [];
  let idColumn: string | null = null;
  let pieces: Piece[] = [];
  let text = '{';
  const endSegment = () => {
    if (text) pieces.push(text);
    text = '';
    if (pieces.some((piece) => typeof piece === 'number')) {
      snapshot.push({ row: segments.length });
      segments.push(pieces);
    } else snapshot.push({ text: pieces.join('') });
    pieces = [];
  };
  for (let i = 0; i < plan.returned.length; i++) {
    const source = plan.stored[i];
    const column = plan.returnedColumns[i];
    if (!source || !column) return null;
    text += `${i > 0 ? ',' : ''}${JSON.stringify(plan.returned[i])}:`;
    const slot: Slot | null =
      source.from === 'rowid'
        ? 'id'
        : source.from === 'bound' && source.index >= keys.length
          ? 'clock'
          : null;
    if (slot) {
      // The commit writes the id and the time as SQLite and JSON print them: no decoder may change them.
      if (plan.decoders[i]) return null;
      if (slot === 'id') idColumn = column.name;
      endSegment();
      snapshot.push({ slot });
    } else if (source.from === 'constant') {
      text += JSON.stringify(decoded(plan, i, source.value));
    } else {
      pieces.push(text, i);
      text = '';
    }
  }
  endSegment();
  if (!idColumn) return null;
  return { plan, snapshot, segments, idColumn };
}

/** The columns a row of `kind` defines, in order: the row `toRow` makes of a validated input. */
export function definedKeys(kind: ImportKind, input: ValidInput): string[] {
  const values = CITED_KINDS[kind].toRow(input);
  return Object.keys(values).filter((key) => values[key] !== undefined);
}

/**
 * The values one record binds and its snapshot's varying segments, or null when the row does not fit the
 * shape (other columns, or a value SQLite would convert on the way in, which the commit would have to read
 * back).
 */
export function shapeRow(
  kind: ImportKind,
  shape: RowShape,
  input: ValidInput,
): { bound: unknown[]; segments: string[] } | null {
  const { plan } = shape;
  const values = CITED_KINDS[kind].toRow(input);
  let defined = 0;
  for (const key in values) {
    if (values[key] === undefined) continue;
    if (plan.keys[defined++] !== key) return null;
  }
  if (defined !== plan.keys.length) return null;
  const bound = encodedValues(plan, values);
  const stored = plan.stored ?? [];
  const segments: string[] = [];
  for (const pieces of shape.segments) {
    let text = '';
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        text += piece;
        continue;
      }
      const source = stored[piece];
      if (source?.from !== 'bound') return null;
      const value = bound[source.index];
      if (!readsBackAsBound(value, source.affinity)) return null;
      text += JSON.stringify(decoded(plan, piece, value));
    }
    segments.push(text);
  }
  return { bound, segments };
}
