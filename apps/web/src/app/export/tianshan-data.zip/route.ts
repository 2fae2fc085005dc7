import { databasePath } from '@tianshan/db/env';
import { getSqliteDb } from '~/server/db';
import { dataPackageStream } from '~/server/export/data-package';

export const dynamic = 'force-dynamic';

/** Everything, for researchers: all tables as CSV in one zip with a README of columns and sources. */
export function GET() {
  const today = new Date().toISOString().slice(0, 10);
  return new Response(dataPackageStream(getSqliteDb(), databasePath()), {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="tianshan-data-${today}.zip"`,
      'cache-control': 'no-store',
    },
  });
}
