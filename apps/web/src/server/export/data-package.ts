import 'server-only';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { csvReadable } from '@tianshan/csv/write';
import type { Db } from '@tianshan/db/client';
import type { ExportQuery } from '@tianshan/db/exchange/export-query';
import { investmentExportQuery } from '@tianshan/db/exchange/investment-export';
import { projectExportQuery } from '@tianshan/db/exchange/project-export';
import {
  eventExportQuery,
  indicatorExportQuery,
  milestoneExportQuery,
  sourceExportQuery,
} from '@tianshan/db/exchange/reference-exports';
import { streamRows } from '@tianshan/db/exchange/stream-rows';
import { tradeExportQuery } from '@tianshan/db/exchange/trade-export';

interface PackageFile {
  name: string;
  about: string;
  query: (db: Db) => ExportQuery;
}

const FILES: PackageFile[] = [
  {
    name: 'trade.csv',
    about:
      "Reported bilateral goods-trade figures, one row per report (several reports of one figure are all kept; `preferred` marks an editor's choice).",
    query: (db) => tradeExportQuery(db, {}),
  },
  {
    name: 'investments.csv',
    about:
      'Reported investment figures. `metric_kind` tells what a figure measures and `coverage` what it covers (china-country, china-sector, all-origins, other); never add or compare figures of different kinds or coverages.',
    query: (db) => investmentExportQuery(db, {}),
  },
  {
    name: 'projects.csv',
    about: 'Cooperation projects. `country_iso2` lists several countries separated by `;`.',
    query: (db) => projectExportQuery(db, {}),
  },
  {
    name: 'milestones.csv',
    about: 'Dated events of projects (`project_id` refers to projects.csv).',
    query: (db) => milestoneExportQuery(db),
  },
  {
    name: 'events.csv',
    about: 'Dated events of the relationship itself (summits, treaties, partnerships).',
    query: (db) => eventExportQuery(db),
  },
  {
    name: 'indicators.csv',
    about: 'Other reported metrics with their unit and qualifier.',
    query: (db) => indicatorExportQuery(db, {}),
  },
  {
    name: 'sources.csv',
    about: 'Every source, with how many records cite it.',
    query: (db) => sourceExportQuery(db, {}),
  },
];

function readme(db: Db, generatedAt: string): string {
  const lines = [
    '# Tianshan data package',
    '',
    `Generated ${generatedAt} (UTC). China's trade, investment and cooperation projects with Kazakhstan (KZ), Kyrgyzstan (KG),`,
    'Tajikistan (TJ), Turkmenistan (TM) and Uzbekistan (UZ). `C5` rows are the five together as a source reported them;',
    'never add them to the country rows.',
    '',
    'All files: RFC 4180 CSV, UTF-8, CRLF, one header row. Numbers are plain (no thousands separators), money is whole US',
    'dollars, dates are ISO 8601 at the precision the source gave (`2024`, `2024-05`, `2024-05-18`). `qualifier` is',
    '`exact`, `about`, `more-than`, `less-than` or `at-most`. A text cell that would start with = + - @, a tab or a carriage return is',
    "prefixed with ' so spreadsheets show it as text; the Tianshan import removes that prefix again.",
    '',
    'Every record row names its first source in `source_title`, `source_url`, `source_date`, with `quote` (the words on',
    'that page that carry the figure, where recorded); further sources are in `more_sources` as a JSON array.',
    'sources.csv lists them all.',
    '',
  ];
  for (const f of FILES) {
    lines.push(
      `## ${f.name}`,
      '',
      f.about,
      '',
      `Columns: ${f
        .query(db)
        .columns.map((c) => `\`${c.name}\` (${c.kind})`)
        .join(', ')}`,
      '',
    );
  }
  return lines.join('\n');
}

/** A zip of every table as CSV plus a README, streamed: each CSV is read from SQLite as the zip is written. */
export function dataPackageStream(db: Db, file: string): ReadableStream<Uint8Array> {
  const zip = new ZipFile();
  // A file that fails half-way (its client stopped reading past the export's idle limit) ends the download
  // with an error; unhandled, the zip's error event would bring the server down.
  zip.on('error', (error: Error) => (zip.outputStream as Readable).destroy(error));
  const generatedAt = new Date().toISOString();
  zip.addBuffer(Buffer.from(readme(db, generatedAt), 'utf8'), 'tianshan-data/README.md');
  for (const f of FILES) {
    const query = f.query(db);
    zip.addReadStream(
      csvReadable(query.columns, streamRows(file, query)),
      `tianshan-data/${f.name}`,
    );
  }
  zip.end();
  return Readable.toWeb(zip.outputStream as Readable) as ReadableStream<Uint8Array>;
}
