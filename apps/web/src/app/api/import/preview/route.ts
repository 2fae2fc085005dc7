import { IMPORT_KINDS, type ImportKind } from '@tianshan/db/import/row-mapping';
import { previewImport } from '@tianshan/db/import/preview';
import { getDb } from '~/server/db';
import { importCaller } from '~/server/import-guard';

export const dynamic = 'force-dynamic';

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * POST the raw CSV (Content-Type text/csv) to `/api/import/preview?kind=trade-report&name=file.csv`. The body is
 * streamed into the validating parser; nothing is written to the database. Answers with counts, the first
 * additions and changes, and every problem with its line and column.
 */
export async function POST(request: Request) {
  const caller = await importCaller(request, ['text/csv', 'application/octet-stream']);
  if ('response' in caller) return caller.response;
  const url = new URL(request.url);
  const kind = url.searchParams.get('kind') ?? '';
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    return Response.json(
      { error: `kind must be one of ${IMPORT_KINDS.join(', ')}` },
      { status: 400 },
    );
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES)
    return Response.json(
      {
        error: `The file is ${(declared / 1048576).toFixed(1)} MB; the limit is 50 MB. Split it into smaller files.`,
      },
      { status: 413 },
    );
  if (!request.body) return Response.json({ error: 'The upload was empty.' }, { status: 400 });
  const name = (url.searchParams.get('name') ?? 'upload.csv')
    .replace(/[^\w.\- ]/g, '_')
    .slice(0, 120);
  const preview = await previewImport(getDb(), kind as ImportKind, name, request.body, {
    maxBytes: MAX_BYTES,
  });
  return Response.json(preview, { status: preview.fatal ? 422 : 200 });
}
