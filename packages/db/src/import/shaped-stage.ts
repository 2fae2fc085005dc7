import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { ValidInput } from '../write/record-kinds';
import type { ImportKind } from './row-mapping';
import { definedKeys, isShapeable, rowShape, shapeRow, type RowShape } from './shaped-row';

/**
 * The new records of a preview, staged a second time in a throwaway SQLite file already shaped as the
 * commit stores them: each row's bound values and the varying text of its audit snapshot, numbered in the
 * file's order, and each distinct list of citations once. The commit then writes them with a few
 * `INSERT … SELECT` statements (commit-shaped.ts) instead of reading, shaping and binding every row in
 * JavaScript, which cost about as much as SQLite's own writing.
 *
 * Only a file of new records whose rows all fit one shape is staged whole (`close` says whether it was):
 * any other (a change to a stored record, a row defining other columns) is committed from the ordinary
 * stage (staged-file.ts), which the preview writes in every case.
 */
export interface ShapedStageWriter {
  add(input: ValidInput): void;
  /** The file cannot be committed from this stage: stop writing it and delete it. */
  abandon(): void;
  /** Finishes the file; true when it holds every row of the preview. */
  close(): boolean;
}

export const SHAPED_TABLES = {
  rows: 'shaped_rows',
  lists: 'shaped_lists',
  meta: 'shaped_meta',
};

const abandoned: ShapedStageWriter = { add() {}, abandon() {}, close: () => false };

export function openShapedStage(file: string, kind: ImportKind): ShapedStageWriter {
  if (!isShapeable(kind)) return abandoned;
  let db: Database.Database | null = null;
  let shape: RowShape | null = null;
  let insert: Database.Statement | null = null;
  let insertList: Database.Statement | null = null;
  const lists = new Map<unknown, number>();
  let seq = 0;
  let done = false;

  const abandon = () => {
    done = true;
    db?.close();
    db = null;
    rmSync(file, { force: true });
  };
  const start = (input: ValidInput): boolean => {
    shape = rowShape(kind, definedKeys(kind, input));
    if (!shape) return false;
    db = new Database(file);
    // A throwaway file written once and read once: nothing to recover after a crash.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    const values = shape.plan.keys.map((_, i) => `v${i}`);
    const segments = shape.segments.map((_, i) => `s${i}`);
    // Columns without a declared type keep each value as bound: the commit's insert converts them as
    // binding them directly would.
    db.exec(`CREATE TABLE ${SHAPED_TABLES.rows} (seq INTEGER PRIMARY KEY, cites INTEGER NOT NULL,
      ${[...values, ...segments].join(', ')})`);
    db.exec(
      `CREATE TABLE ${SHAPED_TABLES.lists} (cites INTEGER PRIMARY KEY, citations TEXT NOT NULL)`,
    );
    db.exec(`CREATE TABLE ${SHAPED_TABLES.meta} (keys TEXT NOT NULL)`);
    db.prepare(`INSERT INTO ${SHAPED_TABLES.meta} VALUES (?)`).run(JSON.stringify(shape.plan.keys));
    db.exec('BEGIN');
    insert = db.prepare(
      `INSERT INTO ${SHAPED_TABLES.rows} VALUES (?, ?, ${[...values, ...segments].map(() => '?').join(', ')})`,
    );
    insertList = db.prepare(`INSERT INTO ${SHAPED_TABLES.lists} VALUES (?, ?)`);
    return true;
  };

  return {
    add(input) {
      if (done) return;
      if (!db && !start(input)) return abandon();
      const shaped = shape && shapeRow(kind, shape, input);
      if (!shaped) return abandon();
      // Rows handed the same citations object share one list, as in the ordinary stage.
      let cites = lists.get(input.citations);
      if (cites === undefined) {
        cites = lists.size;
        lists.set(input.citations, cites);
        insertList?.run(cites, JSON.stringify(input.citations));
      }
      const args: unknown[] = [++seq, cites];
      for (const value of shaped.bound) args.push(value);
      for (const segment of shaped.segments) args.push(segment);
      insert?.run(args);
    },
    abandon,
    close() {
      if (done || !db) {
        if (!done) abandon();
        return false;
      }
      db.exec('COMMIT');
      db.close();
      db = null;
      done = true;
      return true;
    },
  };
}
