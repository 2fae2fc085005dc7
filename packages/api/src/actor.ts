import type { Actor } from '@tianshan/db/write/audit';
import type { Session } from './trpc';

export function actorOf(session: Session): Actor {
  return { userId: session.user.id, label: session.user.email };
}
