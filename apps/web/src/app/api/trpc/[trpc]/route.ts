import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter, createInnerTRPCContext } from '@tianshan/api';
import { getDb } from '~/server/db';
import { getSession } from '~/server/session';

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: async () => createInnerTRPCContext({ db: getDb(), session: await getSession(req.headers) }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed:`, error);
    },
  });
}

export { handler as GET, handler as POST };
