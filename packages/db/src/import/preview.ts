import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { importCsv, type CsvByteSource, type CsvImportItem } from '@tianshan/csv/import';
import { citations } from '@tianshan/model';
import { isPostgres, type Database } from '../database';
import { CITED_KINDS } from '../write/record-kinds';
import type { Snapshot } from '../write/record-parts';
import { previewLookups } from './preview-lookups';
import { rowInputReader } from './row-input';
import { MAPPINGS, type ImportKind } from './row-mapping';
import type { StagedRow } from './staged-row';
import { openStagedRowWriter } from './staged-file';
import { openShapedStage } from './shaped-stage';
import { expireStaged, removeStaged, shapedStagePath, stagingPath } from './staging';

export interface ImportIssue {
  line: number | null;
  column: string | null;
  message: string;
}

export interface ImportChange {
  line: number;
  id: number;
  fields: { field: string; from: unknown; to: unknown }[];
}

export interface ImportPreview {
  importId: string | null;
  kind: ImportKind;
  fileName: string;
  counts: { rows: number; additions: number; changes: number; unchanged: number; invalid: number };
  additions: { line: number; summary: string }[];
  changes: ImportChange[];
  errors: ImportIssue[];
  /** A problem with the whole file (encoding, header, size): nothing can be imported. */
  fatal: boolean;
}

interface ParsedRow {
  line: number;
  id: number | null;
  input: Record<string, unknown>;
}

const SHOWN = 100;
/** Rows whose lookups are made together. */
const LOOKUP_BATCH = 500;

type Item = CsvImportItem<ParsedRow>;
type Stored = Map<number, Snapshot>;
/**
 * Rows per import. A 100,000-row file previews in seconds and commits off the request thread; the limit keeps
 * one upload from holding the write lock (every other edit waits behind it) for minutes.
 */
export const MAX_IMPORT_ROWS = 200_000;
export const rowLimitMessage = (limit: number) =>
  `The file has more than ${limit.toLocaleString('en-US')} rows, the limit for one import. Split it into smaller files; nothing was imported.`;
const COMPARED_AWAY = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'sourceIds',
  'preferred',
  'periodKind',
  'periodEndMonth',
]);

function summaryOf(kind: ImportKind, input: Record<string, unknown>): string {
  if (kind === 'project') return String(input.name);
  // The mapped input is typed unknown per field; each is a string, number or null, printed as before.
  const s = (value: unknown) => String(value);
  if (kind === 'trade-report')
    return `${s(input.scope)} ${s(input.year)} ${s(input.period)} (${s(input.reporter)}): ${s(input.totalUsd ?? '—')}`;
  if (kind === 'milestone') return `${s(input.date)}: ${s(input.description)}`;
  if (kind === 'indicator')
    return `${s(input.scope)} ${s(input.metric)} ${s(input.value)} ${s(input.unit)}`;
  return `${s(input.scope)} ${s(input.metricLabel)} ${s(input.amountUsd ?? input.count ?? '')}`;
}

function differences(
  kind: ImportKind,
  stored: Record<string, unknown>,
  parsed: Record<string, unknown>,
) {
  const fields: ImportChange['fields'] = [];
  const row = CITED_KINDS[kind].toRow(parsed);
  const next: Record<string, unknown> = {
    ...row,
    ...(parsed.countries ? { countries: [...(parsed.countries as string[])].sort() } : {}),
  };
  for (const [field, to] of Object.entries(next)) {
    if (COMPARED_AWAY.has(field)) continue;
    const from = stored[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to ?? null))
      fields.push({ field, from, to: to ?? null });
  }
  return fields;
}

/**
 * Parses and validates an upload row by row without writing anything: what would be added, what would change
 * (field by field), and every invalid row with its line, column and reason.
 */
export async function previewImport(
  db: Database,
  kind: ImportKind,
  fileName: string,
  source: CsvByteSource,
  options: {
    maxBytes?: number;
    maxRows?: number;
    onProgress?: (bytes: number) => void;
    /** Every row cites these instead of its own source columns: an official download is one source. */
    citations?: readonly unknown[];
  } = {},
): Promise<ImportPreview> {
  const mapping = MAPPINGS[kind];
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  const lookups = await previewLookups(db, kind);
  const readRow = rowInputReader(kind, lookups.projectIdByName);
  // Validated here once: the commit writes what the preview staged without validating it again.
  const sharedCitations = options.citations && citations.parse(options.citations);
  const importId = randomUUID();
  void expireStaged();
  const file = stagingPath(importId);
  const staged = openStagedRowWriter(file);
  // Only SQLite's commit reads the shaped stage; PostgreSQL's writes a chunk at a time from the rows.
  const shaped = isPostgres(db) ? null : openShapedStage(shapedStagePath(file), kind);
  let allShaped = false;
  const result: ImportPreview = {
    importId,
    kind,
    fileName,
    counts: { rows: 0, additions: 0, changes: 0, unchanged: 0, invalid: 0 },
    additions: [],
    changes: [],
    errors: [],
    fatal: false,
  };
  const seenNames = new Map<string, number>();
  const issue = (i: ImportIssue) => {
    result.counts.invalid++;
    if (result.errors.length < SHOWN) result.errors.push(i);
  };

  try {
    const rows = importCsv<ParsedRow>(source, {
      columns: mapping.required,
      optionalColumns: mapping.columns.filter((c) => !mapping.required.includes(c)),
      maxBytes: options.maxBytes,
      maxErrors: 1000,
      onProgress: options.onProgress,
      validate: (row, { line }) => {
        const mapped = readRow(row);
        if (!mapped.ok) return { ok: false, errors: mapped.errors };
        const input = sharedCitations
          ? { ...mapped.input, citations: sharedCitations }
          : mapped.input;
        const idText = (row.id ?? '').trim();
        if (idText && !/^\d+$/.test(idText))
          return {
            ok: false,
            errors: [
              {
                column: 'id',
                message: 'must be a record id (a whole number) or empty for a new record',
              },
            ],
          };
        return { ok: true, value: { line, id: idText ? Number(idText) : null, input } };
      },
    });
    /** Handles one item of the file in order, with its lookups done; true when reading must stop. */
    const accept = (item: Item, stored: Stored, taken: Set<string>): boolean => {
      if (item.kind === 'error') {
        if (item.fatal) result.fatal = true;
        issue({ line: item.line, column: item.column, message: item.message });
        return false;
      }
      if (result.counts.rows >= maxRows) {
        result.fatal = true;
        issue({ line: item.value.line, column: null, message: rowLimitMessage(maxRows) });
        return true;
      }
      result.counts.rows++;
      const { line, id, input } = item.value;
      if (kind === 'project') {
        const name = String(input.name);
        const first = seenNames.get(name);
        if (first !== undefined) {
          issue({
            line,
            column: 'name',
            message: `line ${line}, column name: "${name}" already appears on line ${first}`,
          });
          return false;
        }
        seenNames.set(name, line);
      }
      if (id !== null) {
        const before = stored.get(id);
        if (!before || before.deletedAt) {
          issue({
            line,
            column: 'id',
            message: `line ${line}, column id: there is no ${kind} ${id} to update`,
          });
          return false;
        }
        const fields = differences(kind, before, input);
        if (fields.length === 0) {
          result.counts.unchanged++;
          return false;
        }
        result.counts.changes++;
        if (result.changes.length < SHOWN) result.changes.push({ line, id, fields });
        shaped?.abandon();
        staged.write({
          line,
          id,
          input,
          seen: Object.fromEntries(fields.map((f) => [f.field, f.from])),
        } satisfies StagedRow);
        return false;
      }
      if (kind === 'project' && taken.has(String(input.name))) {
        issue({
          line,
          column: 'name',
          message: `line ${line}, column name: a project named "${String(input.name)}" already exists; give its id to update it`,
        });
        return false;
      }
      result.counts.additions++;
      if (result.additions.length < SHOWN)
        result.additions.push({ line, summary: summaryOf(kind, input) });
      staged.write({ line, id: null, input } satisfies StagedRow);
      shaped?.add(input);
      return false;
    };
    // Rows wait for their lookups a batch at a time: on PostgreSQL each lookup is a round trip.
    const waiting: Item[] = [];
    const settle = async (): Promise<boolean> => {
      const ids: number[] = [];
      const names: string[] = [];
      for (const item of waiting) {
        if (item.kind === 'error') continue;
        if (item.value.id !== null) ids.push(item.value.id);
        else if (kind === 'project') names.push(String(item.value.input.name));
      }
      const stored = await lookups.snapshots(ids);
      const taken = await lookups.projectsNamed(names);
      const stop = waiting.some((item) => accept(item, stored, taken));
      waiting.length = 0;
      return stop;
    };
    let stopped = false;
    for await (const item of rows) {
      waiting.push(item);
      if (waiting.length >= LOOKUP_BATCH && (stopped = await settle())) break;
    }
    if (!stopped) await settle();
  } catch (error) {
    removeStaged(file);
    throw error;
  } finally {
    staged.close();
    allShaped = shaped?.close() ?? false;
  }
  // A file that cannot be imported leaves nothing behind: only a confirmable preview keeps its rows.
  if (result.counts.invalid > 0 || result.fatal) {
    removeStaged(file);
    result.importId = null;
    return result;
  }
  writeFileSync(
    `${file}.meta.json`,
    JSON.stringify({
      kind,
      fileName,
      counts: result.counts,
      invalid: result.counts.invalid,
      shaped: allShaped,
    }),
  );
  return result;
}
