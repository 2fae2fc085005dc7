import { ImportNotFoundError, ImportOutdatedError } from '@tianshan/db/import/commit';
import { commitImportOffThread } from '@tianshan/db/import/commit-off-thread';
import { getSqliteDb } from '~/server/db';
import { importCaller } from '~/server/import-guard';

export const dynamic = 'force-dynamic';

/**
 * POST {"importId": "..."}: writes the previewed rows in one transaction, or nothing. The transaction runs in
 * a worker thread, so pages keep being served while a large file is written.
 */
export async function POST(request: Request) {
  const caller = await importCaller(request, ['application/json']);
  if ('response' in caller) return caller.response;
  let importId: unknown;
  try {
    importId = ((await request.json()) as { importId?: unknown }).importId;
  } catch {
    return Response.json({ error: 'Send JSON: {"importId": "…"}' }, { status: 400 });
  }
  if (typeof importId !== 'string' || !/^[0-9a-f-]{36}$/.test(importId))
    return Response.json({ error: 'importId is missing or malformed' }, { status: 400 });
  try {
    const result = await commitImportOffThread({
      file: getSqliteDb().$client.name,
      importId,
      actor: { userId: caller.session.user.id, label: caller.session.user.email },
    });
    return Response.json(result);
  } catch (error) {
    if (error instanceof ImportNotFoundError)
      return Response.json({ error: error.message }, { status: 404 });
    if (error instanceof ImportOutdatedError)
      return Response.json({ error: error.message }, { status: 409 });
    // A row that no longer fits (the data changed since the preview): nothing was written.
    return Response.json(
      { error: `Nothing was imported: ${(error as Error).message}` },
      { status: 409 },
    );
  }
}
