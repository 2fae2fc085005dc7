import type { CsvByteSource } from '@tianshan/csv/import';
import type { Database } from '../../database';
import { previewImport, type ImportIssue, type ImportPreview } from '../preview';
import { peekSource } from './byte-source';
import { openFigureStore, type FigureStore } from './figure-store';
import {
  detectFormat,
  OFFICIAL_FORMATS,
  readOfficialFile,
  type OfficialFormatId,
} from './read-official';
import {
  citationsOf,
  officialSource,
  type OfficialSource,
  type OfficialSourceInput,
} from './official-source';
import { tradeRowsCsv } from './trade-rows-csv';
import type { Disagreement } from './stored-figures';

export interface OfficialImportOptions extends OfficialSourceInput {
  /** Checked against the file; detected from it when left out. */
  format?: OfficialFormatId;
  maxBytes?: number;
  onProgress?: (bytes: number) => void;
}

export interface OfficialPreview extends ImportPreview {
  official: {
    format: OfficialFormatId | null;
    database: string | null;
    source: OfficialSource | null;
    /** Rows of the official file read, and the trade reports they make. */
    rowsRead: number;
    figures: number;
    skipped: { reason: string; count: number }[];
    disagreements: Disagreement[];
  };
}

const SHOWN = 100;

function refused(
  fileName: string,
  errors: ImportIssue[],
  invalid: number,
  official: Partial<OfficialPreview['official']> = {},
): OfficialPreview {
  return {
    importId: null,
    kind: 'trade-report',
    fileName,
    counts: { rows: 0, additions: 0, changes: 0, unchanged: 0, invalid },
    additions: [],
    changes: [],
    errors: errors.slice(0, SHOWN),
    fatal: errors.some((e) => e.line === null),
    official: {
      format: null,
      database: null,
      source: null,
      rowsRead: 0,
      figures: 0,
      skipped: [],
      disagreements: [],
      ...official,
    },
  };
}

/**
 * A UN Comtrade or IMF IMTS download → the project's own trade rows → the ordinary import preview. The file
 * is read once as a stream; its figures are paired (exports with imports) on disk; any bad row stops it with
 * every problem named by line and column, before anything is staged. What the preview stages, the ordinary
 * confirm writes: there is no second write path.
 */
export async function previewOfficialImport(
  db: Database,
  fileName: string,
  upload: CsvByteSource,
  options: OfficialImportOptions,
): Promise<OfficialPreview> {
  const { head, source } = await peekSource(upload);
  const detected = detectFormat(head);
  if (!detected)
    return refused(
      fileName,
      [
        {
          line: null,
          column: null,
          message:
            'This is neither a UN Comtrade download (a reporterCode column, or JSON) nor an IMF IMTS CSV (a COUNTERPART_COUNTRY column).',
        },
      ],
      1,
    );
  const { format, json } = detected;
  if (options.format && OFFICIAL_FORMATS[options.format] !== format)
    return refused(
      fileName,
      [
        {
          line: null,
          column: null,
          message: `This file is from ${format.database.name}, not ${OFFICIAL_FORMATS[options.format].database.name}.`,
        },
      ],
      1,
    );
  const base = { format: format.id, database: format.database.name };
  const sourceCheck = officialSource(format.database, options, fileName);
  if (!sourceCheck.ok)
    return refused(
      fileName,
      sourceCheck.problems.map((p) => ({ line: null, column: p.column, message: p.message })),
      sourceCheck.problems.length,
      base,
    );

  const store = openFigureStore();
  try {
    const errors: ImportIssue[] = [];
    let invalid = 0;
    let rowsRead = 0;
    const skipped = new Map<string, number>();
    for await (const item of readOfficialFile(format, json, head, source, options)) {
      if (item.kind === 'error') {
        invalid++;
        if (errors.length < SHOWN)
          errors.push({ line: item.line, column: item.column, message: item.message });
        continue;
      }
      rowsRead++;
      if (item.kind === 'skip') {
        skipped.set(item.reason, (skipped.get(item.reason) ?? 0) + 1);
        continue;
      }
      const duplicate = store.add(item.figure, item.line);
      if (duplicate) {
        invalid++;
        const f = item.figure;
        if (errors.length < SHOWN)
          errors.push({
            line: item.line,
            column: format.flowColumn,
            message: `line ${item.line}, column ${format.flowColumn}: ${f.scope} ${f.year} ${f.period} ${f.productCode ?? 'TOTAL'} (${f.reporter}) gives this flow a second time; it is already on line ${duplicate.duplicateOf}`,
          });
      }
    }
    const official = {
      ...base,
      source: sourceCheck.source,
      rowsRead,
      figures: store.size,
      skipped: [...skipped].map(([reason, count]) => ({ reason, count })),
      disagreements: [] as Disagreement[],
    };
    if (invalid > 0) return refused(fileName, errors, invalid, official);
    if (store.size === 0)
      return refused(
        fileName,
        [
          {
            line: null,
            column: null,
            message: 'The file holds no exports or imports between China and the five.',
          },
        ],
        1,
        official,
      );
    return await previewGroups(
      db,
      fileName,
      store,
      format.database.name,
      sourceCheck.source,
      official,
    );
  } finally {
    store.close();
  }
}

async function previewGroups(
  db: Database,
  fileName: string,
  store: FigureStore,
  databaseName: string,
  source: OfficialSource,
  official: OfficialPreview['official'],
): Promise<OfficialPreview> {
  const lineOf: number[] = [];
  const csv = tradeRowsCsv(db, store, databaseName, {
    onGroup: (line) => lineOf.push(line),
    onDisagreement: (d) => {
      if (official.disagreements.length < SHOWN) official.disagreements.push(d);
    },
  });
  const preview = await previewImport(db, 'trade-report', fileName, csv, {
    maxBytes: Number.MAX_SAFE_INTEGER,
    citations: citationsOf(source),
  });
  // The preview numbers the converted rows; the editor fixes the official file, so name its lines.
  const original = (line: number) => lineOf[line - 2] ?? line;
  const relabel = (message: string, line: number) =>
    message.replace(/^line \d+/i, `line ${original(line)}`);
  return {
    ...preview,
    additions: preview.additions.map((a) => ({ ...a, line: original(a.line) })),
    changes: preview.changes.map((c) => ({ ...c, line: original(c.line) })),
    errors: preview.errors.map((e) =>
      e.line === null ? e : { ...e, line: original(e.line), message: relabel(e.message, e.line) },
    ),
    official,
  };
}
