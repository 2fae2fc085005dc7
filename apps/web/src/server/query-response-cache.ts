import 'server-only';
import { getSessionCookie } from 'better-auth/cookies';
import { dataState } from './data-state';
import { ResponseCache, type KeptResponse } from './response-cache';

interface KeptQuery extends KeptResponse {
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

const queries = new ResponseCache<KeptQuery>({ maxBytes: 16 * 1024 * 1024, versionOf: dataState });

/**
 * Answers an anonymous tRPC read from the responses kept since the last database change, or lets `handle`
 * answer it and keeps a successful answer. Whatever an anonymous reader may see depends only on the URL
 * and the data; signed-in callers always go to `handle`, so nothing of theirs is ever kept or shared.
 */
export async function cachedQueryResponse(
  request: Request,
  handle: (request: Request) => Promise<Response>,
) {
  if (getSessionCookie(request) !== null) return handle(request);
  const url = new URL(request.url);
  const { value, hit } = await queries.get(
    url.pathname + url.search,
    async () => {
      const response = await handle(request);
      const body = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, headers: [...response.headers], body, bytes: body.length };
    },
    (kept) => kept.status === 200 && !kept.headers.some(([name]) => name === 'set-cookie'),
  );
  const headers = new Headers(value.headers);
  headers.set('x-tianshan-cache', hit ? 'hit' : 'miss');
  return new Response(value.body, { status: value.status, headers });
}
