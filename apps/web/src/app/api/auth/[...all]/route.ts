import { getAuth } from '~/server/auth';

/** better-auth's endpoints (sign-in, sign-out, session). It checks origins against its trusted list itself. */
async function handler(request: Request) {
  return (await getAuth()).handler(request);
}

export { handler as GET, handler as POST };
