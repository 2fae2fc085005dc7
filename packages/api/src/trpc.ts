import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { Database } from '@tianshan/db/database';
import { whenImportsSettled } from '@tianshan/db/import/commit-gate';
import { StaleEditError } from '@tianshan/db/write/errors';
import { canAdminister, canEdit, type Role } from '@tianshan/model';
import { cachedRead } from './query-cache';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface Session {
  user: SessionUser;
}

/**
 * Everything a procedure may use. The database (SQLite or PostgreSQL) is passed in rather than imported,
 * so tests run the real routers against a temporary database of either dialect.
 */
export interface InnerContextOptions {
  db: Database;
  session: Session | null;
}

export interface InnerContext extends InnerContextOptions {
  /** Reads shared by the procedures of this request (request-reads.ts). */
  reads: Map<string, { version: number; value: unknown }>;
}

export function createInnerTRPCContext(opts: InnerContextOptions): InnerContext {
  return { db: opts.db, session: opts.session, reads: new Map() };
}

export type Context = InnerContext;

/** Field path → messages, so a form can put each message next to its field. */
export type FieldErrors = Record<string, string[]>;

function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      // Never leak a stack trace to a client, even in development builds.
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: zod ? fieldErrorsOf(zod) : null,
        // A refused stale edit: the form lists what changed since it was opened and keeps the input.
        staleEdit:
          error.cause instanceof StaleEditError
            ? { currentVersion: error.cause.currentVersion, changes: error.cause.changes }
            : null,
      },
      message: zod
        ? `Invalid input: ${zod.issues.map((i) => `${i.path.join('.') || 'input'} ${i.message}`).join('; ')}`
        : shape.message,
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Anyone may read. Query results are cached until the next database change (query-cache.ts); the date is
 * part of the key because some reads ("upcoming milestones") depend on today.
 */
export const publicProcedure = t.procedure.use(async ({ ctx, path, type, getRawInput, next }) => {
  if (type !== 'query') return next();
  const key = `${new Date().toISOString().slice(0, 10)} ${path} ${JSON.stringify((await getRawInput()) ?? null)}`;
  return cachedRead(
    ctx.db,
    key,
    () => next(),
    (result) => result.ok,
  );
});

/** Signed-in callers only. Every mutation builds on this or a stricter procedure; see the router audit test. */
export const authedProcedure = t.procedure.use(async ({ ctx, type, next }) => {
  if (!ctx.session)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to make changes.' });
  // An import commit holds the write lock in its worker: waiting here keeps this thread serving readers.
  if (type === 'mutation') await whenImportsSettled();
  return next({ ctx: { ...ctx, session: ctx.session } });
});

function requireRole(allows: (role: Role) => boolean, roles: string) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!allows(ctx.session.user.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `This needs the ${roles} role.` });
    }
    return next({ ctx });
  });
}

export const editorProcedure = requireRole(canEdit, 'editor or admin');
export const adminProcedure = requireRole(canAdminister, 'admin');
