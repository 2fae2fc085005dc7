import { IMPORT_KINDS, type ImportKind } from '@tianshan/db/import/row-mapping';
import { previewImport } from '@tianshan/db/import/preview';
import { previewOfficialImport } from '@tianshan/db/import/official/official-preview';
import {
  OFFICIAL_FORMATS,
  type OfficialFormatId,
} from '@tianshan/db/import/official/read-official';
import { getDb } from '~/server/db';
import { importCaller } from '~/server/import-guard';

export const dynamic = 'force-dynamic';

const isOfficial = (kind: string): kind is OfficialFormatId =>
  Object.hasOwn(OFFICIAL_FORMATS, kind);

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * POST the raw CSV (Content-Type text/csv) to `/api/import/preview?kind=trade-report&name=file.csv`. The body is
 * streamed into the validating parser; nothing is written to the database. Answers with counts, the first
 * additions and changes, and every problem with its line and column.
 *
 * Official downloads come here too, with `kind=comtrade` or `kind=imf-imts` and their source in the query
 * string (`query`, `retrieved`, optionally `url`): they become trade rows and are previewed alike.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const kind = url.searchParams.get('kind') ?? '';
  const official = isOfficial(kind);
  // A Comtrade download may be its JSON answer.
  const caller = await importCaller(request, [
    'text/csv',
    'application/octet-stream',
    ...(official ? ['application/json'] : []),
  ]);
  if ('response' in caller) return caller.response;
  if (!official && !(IMPORT_KINDS as readonly string[]).includes(kind)) {
    return Response.json(
      {
        error: `kind must be one of ${[...IMPORT_KINDS, ...Object.keys(OFFICIAL_FORMATS)].join(', ')}`,
      },
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
  const preview = official
    ? await previewOfficialImport(getDb(), name, request.body, {
        format: kind,
        query: url.searchParams.get('query') ?? '',
        retrievedOn: url.searchParams.get('retrieved') ?? '',
        databaseUrl: url.searchParams.get('url') ?? undefined,
        maxBytes: MAX_BYTES,
      })
    : await previewImport(getDb(), kind as ImportKind, name, request.body, {
        maxBytes: MAX_BYTES,
      });
  return Response.json(preview, { status: preview.fatal ? 422 : 200 });
}
