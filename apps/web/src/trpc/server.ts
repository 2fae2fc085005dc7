import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { createCaller, createInnerTRPCContext } from '@tianshan/api';
import { getDb } from '~/server/db';
import { getSession } from '~/server/session';

/** Server components call the routers in-process: the same validation as HTTP, no network hop. */
export const api = cache(async () => {
  const session = await getSession(await headers());
  return createCaller(createInnerTRPCContext({ db: getDb(), session }));
});
