import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { OfficialFigure } from './official-figure';

/** A trade report's worth of official figures: both flows of one reporter, partner, period and product. */
export interface FigureGroup {
  scope: string;
  reporter: string;
  year: number;
  period: string;
  productCode: string | null;
  exportsUsd: number | null;
  importsUsd: number | null;
  /** The first line of the file that holds one of its figures: the group is named by it. */
  line: number;
}

interface StoredGroup {
  scope: string;
  reporter: string;
  year: number;
  period: string;
  product: string | null;
  exports: number | null;
  exports_line: number | null;
  imports: number | null;
  imports_line: number | null;
  first_line: number;
}

/**
 * Pairs the two flows of each figure on disk, in a throwaway SQLite file: a file's exports and imports rows
 * may be far apart, and a product-level file holds too many groups to keep in memory.
 */
export function openFigureStore() {
  const dir = path.join(os.tmpdir(), 'tianshan-imports');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${randomUUID()}.figures.sqlite`);
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(`CREATE TABLE figures (
    key TEXT PRIMARY KEY, scope TEXT, reporter TEXT, year INTEGER, period TEXT, product TEXT,
    exports INTEGER, exports_line INTEGER, imports INTEGER, imports_line INTEGER, first_line INTEGER
  ) WITHOUT ROWID`);
  db.exec('BEGIN');
  const find = db.prepare<[string], { exports_line: number | null; imports_line: number | null }>(
    'SELECT exports_line, imports_line FROM figures WHERE key = ?',
  );
  const insert = db.prepare(
    `INSERT INTO figures VALUES (@key, @scope, @reporter, @year, @period, @product,
      @exports, @exports_line, @imports, @imports_line, @first_line)`,
  );
  const setExports = db.prepare('UPDATE figures SET exports = ?, exports_line = ? WHERE key = ?');
  const setImports = db.prepare('UPDATE figures SET imports = ?, imports_line = ? WHERE key = ?');
  let groups = 0;

  return {
    /** Adds a figure; when the file already gave this flow of this group, returns that earlier line. */
    add(figure: OfficialFigure, line: number): { duplicateOf: number } | null {
      const key = `${figure.scope}|${figure.reporter}|${figure.year}|${figure.period}|${figure.productCode ?? ''}`;
      const isExports = figure.flow === 'china-exports';
      const known = find.get(key);
      if (!known) {
        insert.run({
          key,
          scope: figure.scope,
          reporter: figure.reporter,
          year: figure.year,
          period: figure.period,
          product: figure.productCode,
          exports: isExports ? figure.valueUsd : null,
          exports_line: isExports ? line : null,
          imports: isExports ? null : figure.valueUsd,
          imports_line: isExports ? null : line,
          first_line: line,
        });
        groups++;
        return null;
      }
      const earlier = isExports ? known.exports_line : known.imports_line;
      if (earlier !== null) return { duplicateOf: earlier };
      (isExports ? setExports : setImports).run(figure.valueUsd, line, key);
      return null;
    },
    get size() {
      return groups;
    },
    /** The groups in the order the file first named them. */
    *groups(): Generator<FigureGroup> {
      if (db.inTransaction) db.exec('COMMIT');
      db.exec('CREATE INDEX IF NOT EXISTS figures_line ON figures (first_line)');
      const rows = db
        .prepare<[], StoredGroup>('SELECT * FROM figures ORDER BY first_line')
        .iterate();
      for (const r of rows)
        yield {
          scope: r.scope,
          reporter: r.reporter,
          year: r.year,
          period: r.period,
          productCode: r.product,
          exportsUsd: r.exports,
          importsUsd: r.imports,
          line: r.first_line,
        };
    },
    close() {
      db.close();
      rmSync(file, { force: true });
    },
  };
}

export type FigureStore = ReturnType<typeof openFigureStore>;
