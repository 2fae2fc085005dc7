import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@tianshan/db/client';
import { meta } from '@tianshan/db/schema';

const SECRET_KEY = 'auth_secret';

/**
 * The signing secret: BETTER_AUTH_SECRET when set (production), otherwise a random one generated once and
 * kept in the database so sessions survive restarts. Never a default baked into the code.
 */
export function authSecret(db: Db): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  const stored = db
    .select({ value: meta.value })
    .from(meta)
    .where(eq(meta.key, SECRET_KEY))
    .get()?.value;
  if (stored) return stored;
  const generated = randomBytes(32).toString('base64url');
  db.insert(meta).values({ key: SECRET_KEY, value: generated }).onConflictDoNothing().run();
  return (
    db.select({ value: meta.value }).from(meta).where(eq(meta.key, SECRET_KEY)).get()?.value ??
    generated
  );
}
