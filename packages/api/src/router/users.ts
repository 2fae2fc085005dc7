import { TRPCError } from '@trpc/server';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { createUser, newUserInput } from '@tianshan/auth/users';
import { listAudit } from '@tianshan/db/queries/audit';
import { sessions, users } from '@tianshan/db/schema';
import { writeAudit } from '@tianshan/db/write/audit';
import { auditAction, recordKind, role } from '@tianshan/model';
import { actorOf } from '../actor';
import { guarded } from '../errors';
import { adminProcedure, createTRPCRouter } from '../trpc';

const userId = z.string().uuid('must be a user id');

/** User management and the full audit log: admins only. */
export const usersRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) =>
    ctx.db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        createdAt: users.createdAt,
      })
      .from(users)
      .orderBy(desc(users.createdAt))
      .all(),
  ),
  create: adminProcedure
    .input(newUserInput)
    .mutation(({ ctx, input }) => guarded(() => createUser(ctx.db, input, actorOf(ctx.session)))),
  setRole: adminProcedure.input(z.object({ id: userId, role })).mutation(({ ctx, input }) =>
    guarded(() =>
      ctx.db.transaction(
        (tx) => {
          const before = tx
            .select({ role: users.role, email: users.email })
            .from(users)
            .where(eq(users.id, input.id))
            .get();
          if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: 'no such user' });
          if (input.id === ctx.session.user.id && input.role !== 'admin')
            throw new TRPCError({
              code: 'BAD_REQUEST',
              message: 'you cannot remove your own admin role',
            });
          tx.update(users)
            .set({ role: input.role, updatedAt: new Date() })
            .where(eq(users.id, input.id))
            .run();
          writeAudit(ctx.db, {
            actor: actorOf(ctx.session),
            action: 'update',
            recordKind: 'user',
            recordId: input.id,
            before,
            after: { ...before, role: input.role },
          });
          return { id: input.id };
        },
        { behavior: 'immediate' },
      ),
    ),
  ),
  /** Users are the one thing deleted for real (their sessions go with them); their audit entries stay. */
  delete: adminProcedure.input(z.object({ id: userId })).mutation(({ ctx, input }) =>
    guarded(() =>
      ctx.db.transaction(
        (tx) => {
          if (input.id === ctx.session.user.id)
            throw new TRPCError({ code: 'BAD_REQUEST', message: 'you cannot delete yourself' });
          const before = tx
            .select({ email: users.email, role: users.role })
            .from(users)
            .where(eq(users.id, input.id))
            .get();
          if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: 'no such user' });
          tx.delete(sessions).where(eq(sessions.userId, input.id)).run();
          tx.delete(users).where(eq(users.id, input.id)).run();
          writeAudit(ctx.db, {
            actor: actorOf(ctx.session),
            action: 'delete',
            recordKind: 'user',
            recordId: input.id,
            before,
          });
          return { id: input.id };
        },
        { behavior: 'immediate' },
      ),
    ),
  ),
  audit: adminProcedure
    .input(
      z.object({
        userId: z.string().max(64).optional(),
        recordKind: recordKind.or(z.literal('dataset')).optional(),
        action: auditAction.optional(),
        from: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
          .optional(),
        to: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
          .optional(),
        limit: z.number().int().min(1).max(200).default(50),
        offset: z.number().int().min(0).default(0),
      }),
    )
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
});
