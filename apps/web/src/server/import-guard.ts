import 'server-only';
import type { Session } from '@tianshan/api';
import { canEdit } from '@tianshan/model';
import { env } from './env';
import { expectedOrigin, factsOf, refuseCrossSite } from './same-origin';
import { getSession } from './session';

/** The same checks as every mutation, done on the server in the route itself: same-origin, signed in, editor. */
export async function importCaller(
  request: Request,
  contentTypes: readonly string[],
): Promise<{ session: Session } | { response: Response }> {
  const refusal = refuseCrossSite(
    factsOf(request),
    expectedOrigin(request.url, request.headers.get('host'), env.origin),
    contentTypes,
  );
  if (refusal) return { response: Response.json({ error: refusal }, { status: 403 }) };
  const session = await getSession(request.headers);
  if (!session)
    return { response: Response.json({ error: 'Sign in to import.' }, { status: 401 }) };
  if (!canEdit(session.user.role))
    return {
      response: Response.json({ error: 'Importing needs the editor role.' }, { status: 403 }),
    };
  return { session };
}
