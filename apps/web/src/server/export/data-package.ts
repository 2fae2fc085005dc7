import 'server-only';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { csvReadable } from '@tianshan/csv/write';
import type { Database } from '@tianshan/db/database';
import type { PortableExport } from '@tianshan/db/exchange/export-query';
import { exportRows } from '@tianshan/db/exchange/export-rows';
import { investmentExport } from '@tianshan/db/exchange/investment-export';
import { projectExport } from '@tianshan/db/exchange/project-export';
import {
  eventExport,
  indicatorExport,
  milestoneExport,
  sourceListExport,
} from '@tianshan/db/exchange/reference-exports';
import { tradeExport } from '@tianshan/db/exchange/trade-export';

interface PackageFile {
  name: string;
  about: string;
  rows: PortableExport;
}

const FILES: PackageFile[] = [
  {
    name: 'trade.csv',
    about:
      "Reported bilateral goods-trade figures, one row per report (several reports of one figure are all kept; `preferred` marks an editor's choice).",
    rows: tradeExport({}),
  },
  {
    name: 'investments.csv',
    about:
      'Reported investment figures. `metric_kind` tells what a figure measures and `coverage` what it covers (china-country, china-sector, all-origins, other); never add or compare figures of different kinds or coverages.',
    rows: investmentExport({}),
  },
  {
    name: 'projects.csv',
    about: 'Cooperation projects. `country_iso2` lists several countries separated by `;`.',
    rows: projectExport({}),
  },
  {
    name: 'milestones.csv',
    about: 'Dated events of projects (`project_id` refers to projects.csv).',
    rows: milestoneExport(),
  },
  {
    name: 'events.csv',
    about: 'Dated events of the relationship itself (summits, treaties, partnerships).',
    rows: eventExport(),
  },
  {
    name: 'indicators.csv',
    about: 'Other reported metrics with their unit and qualifier.',
    rows: indicatorExport({}),
  },
  {
    name: 'sources.csv',
    about: 'Every source, with how many records cite it.',
    rows: sourceListExport({}),
  },
];

function readme(generatedAt: string): string {
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
      `Columns: ${f.rows.columns.map((c) => `\`${c.name}\` (${c.kind})`).join(', ')}`,
      '',
    );
  }
  return lines.join('\n');
}

/**
 * A zip of every table as CSV plus a README, streamed: each CSV is read from the database as the zip is
 * written, one after the other.
 */
export function dataPackageStream(db: Database): ReadableStream<Uint8Array> {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  // A file that fails half-way (its client stopped reading past the export's idle limit) ends the download
  // with an error; unhandled, the zip's error event would bring the server down.
  zip.on('error', (error: Error) => output.destroy(error));
  zip.addBuffer(Buffer.from(readme(new Date().toISOString()), 'utf8'), 'tianshan-data/README.md');
  const files = FILES.map((f) => {
    const csv = csvReadable(f.rows.columns, exportRows(db, f.rows));
    zip.addReadStream(csv, `tianshan-data/${f.name}`);
    return csv;
  });
  // A download cancelled half-way lets go of the file being read at once (its connection, its snapshot)
  // rather than at the idle limit; the files not yet begun never open one.
  output.on('close', () => files.forEach((csv) => csv.destroy()));
  zip.end();
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
