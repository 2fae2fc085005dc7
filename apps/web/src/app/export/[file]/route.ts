import { csvWebStream } from '@tianshan/csv/write';
import { databasePath } from '@tianshan/db/env';
import { streamRows } from '@tianshan/db/exchange/stream-rows';
import { getDb } from '~/server/db';
import { EXPORT_VIEWS, exportFileName } from '~/server/export/views';

export const dynamic = 'force-dynamic';

/**
 * `/export/<view>.csv?<the view's own filter parameters>`: streams every matching row (no cap) straight
 * from SQLite; the file is never held in memory, and a client that disconnects stops the query.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^([a-z]+(?:-[a-z]+)*)\.csv$/.exec(file);
  const view = match ? EXPORT_VIEWS[match[1] as string] : undefined;
  if (!match || !view) {
    return new Response(
      `No export called "${file}". Try trade.csv, investments.csv, projects.csv, timeline.csv, indicators.csv or sources.csv.\n`,
      {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      },
    );
  }
  const url = new URL(request.url);
  const query = view.query(getDb(), url.searchParams);
  const name = exportFileName(
    match[1] as string,
    view.nameParts(url.searchParams),
    new Date().toISOString().slice(0, 10),
  );
  const body = csvWebStream(query.columns, streamRows(databasePath(), query), {
    bom: url.searchParams.get('bom') === '1',
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
