import { csvWebStream } from '@tianshan/csv/write';
import { databasePath } from '@tianshan/db/env';
import { streamRows } from '@tianshan/db/exchange/stream-rows';
import { getSqliteDb } from '~/server/db';
import { EXPORT_VIEWS, exportFileName } from '~/server/export/views';

export const dynamic = 'force-dynamic';

/**
 * `/export/<view>.csv?<the view's own filter parameters>`: streams every matching row (no cap) straight
 * from SQLite; the file is never held in memory, and a client that disconnects stops the query. The
 * coverage grid (a few hundred cells computed from one aggregate) is the exception, built in memory.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^([a-z]+(?:-[a-z]+)*)\.csv$/.exec(file);
  const view = match ? EXPORT_VIEWS[match[1] as string] : undefined;
  if (!match || !view) {
    return new Response(
      `No export called "${file}". Try trade.csv, investments.csv, projects.csv, timeline.csv, indicators.csv, sources.csv or coverage.csv.\n`,
      {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      },
    );
  }
  const url = new URL(request.url);
  const bom = url.searchParams.get('bom') === '1';
  // `bom` is the download's own option, not a filter of the view.
  const filters = new URLSearchParams(url.searchParams);
  filters.delete('bom');
  const asked = view(filters);
  if (asked.ignored.length > 0) {
    return new Response(
      `${asked.ignored.map((i) => `Parameter "${i.param}" (${i.value}): ${i.reason}.`).join('\n')}\nNothing was exported: fix or remove the parameter and try again.\n`,
      { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } },
    );
  }
  const name = exportFileName(
    match[1] as string,
    asked.nameParts,
    new Date().toISOString().slice(0, 10),
  );
  let body: ReadableStream<Uint8Array>;
  if ('computed' in asked) {
    const { columns, rows } = await asked.computed(getSqliteDb());
    body = csvWebStream(columns, rows, { bom });
  } else {
    const query = asked.query(getSqliteDb());
    const rows = streamRows(databasePath(), query, {
      onIdleRelease: () =>
        console.warn(`export ${name}: the client stopped reading, so it was ended`),
    });
    body = csvWebStream(query.columns, rows, { bom });
  }
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
