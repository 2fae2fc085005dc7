import { csvChunks } from '@tianshan/csv/write';
import { exportRows, postgresExportQuery } from '@tianshan/db/exchange/export-rows';
import { tradeExport } from '@tianshan/db/exchange/trade-export';
import { openPostgres } from '@tianshan/db/postgres/client';
import { printTable, round } from '../stats';
import { inlinePostgresParams } from './inline-postgres-sql';
import { psqlCopyCsv } from './psql-cli';

/**
 * The whole trade table as CSV: the export's own path (server-side cursor, `FETCH` 500 rows at a time,
 * each row formatted by the CSV writer the export route uses), in process and without HTTP, against
 * `psql \copy (the same SELECT) TO STDOUT CSV`, in the same run on the same database.
 */
export async function postgresExport(url: string) {
  const portable = tradeExport({ productCode: 'all' });
  const query = postgresExportQuery(portable);
  const cli = await psqlCopyCsv(url, inlinePostgresParams(query.text, query.values));
  const cliRows = cli.lines - 1;

  const db = openPostgres(url, { applicationName: 'tianshan-bench' });
  try {
    const idle = process.memoryUsage().rss;
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const started = process.hrtime.bigint();
    let bytes = 0;
    let rows = -1; // the header line
    for await (const chunk of csvChunks(portable.columns, exportRows(db, portable))) {
      bytes += Buffer.byteLength(chunk);
      for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) rows += 1;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    const result = {
      rows,
      cliRows,
      megabytes: round(bytes / 1e6, 1),
      cliMegabytes: round(cli.bytes / 1e6, 1),
      seconds: round(seconds),
      cliSeconds: round(cli.seconds),
      rowsPerSecond: Math.round(rows / seconds),
      cliRowsPerSecond: Math.round(cliRows / cli.seconds),
      ratio: round(rows / seconds / (cliRows / cli.seconds)),
      aboveIdleMb: round((peak - idle) / 1e6, 1),
    };
    printTable([result]);
    return result;
  } finally {
    await db.$client.end();
  }
}
