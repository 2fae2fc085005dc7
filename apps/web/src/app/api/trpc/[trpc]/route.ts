import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter, createInnerTRPCContext } from '@tianshan/api';
import { getDb } from '~/server/db';
import { cachedQueryResponse } from '~/server/query-response-cache';
import { env } from '~/server/env';
import { expectedOrigin, factsOf, refuseCrossSite } from '~/server/same-origin';
import { getSession } from '~/server/session';

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: async () =>
      createInnerTRPCContext({ db: getDb(), session: await getSession(req.headers) }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        console.error(`tRPC ${path ?? '?'} failed:`, error);
    },
  });
}

/** Reads: anonymous ones are answered from the response cache between database changes. */
export function GET(req: Request) {
  return env.responseCache ? cachedQueryResponse(req, handler) : handler(req);
}

/**
 * tRPC sends mutations as POST. Before any procedure runs, a POST must be same-origin JSON: this refuses
 * form posts and cross-site requests (CSRF). The role check itself lives in each procedure, not here.
 */
export function POST(req: Request) {
  const refusal = refuseCrossSite(
    factsOf(req),
    expectedOrigin(req.url, req.headers.get('host'), env.origin),
  );
  if (refusal) {
    return Response.json({ error: { message: refusal, code: 'FORBIDDEN' } }, { status: 403 });
  }
  return handler(req);
}
