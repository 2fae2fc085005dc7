import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { createUser, newUserInput } from '@tianshan/auth/users';
import { listAudit } from '@tianshan/db/queries/audit';
import { listUsers } from '@tianshan/db/queries/users';
import { deleteUser, setUserRole } from '@tianshan/db/write/users';
import { auditAction, recordKind, role } from '@tianshan/model';
import { actorOf } from '../actor';
import { guarded } from '../errors';
import { adminProcedure, createTRPCRouter } from '../trpc';

const userId = z.string().uuid('must be a user id');

/** User management and the full audit log: admins only. */
export const usersRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  create: adminProcedure
    .input(newUserInput)
    .mutation(({ ctx, input }) => guarded(() => createUser(ctx.db, input, actorOf(ctx.session)))),
  setRole: adminProcedure.input(z.object({ id: userId, role })).mutation(({ ctx, input }) =>
    guarded(async () => {
      if (input.id === ctx.session.user.id && input.role !== 'admin')
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'you cannot remove your own admin role',
        });
      await setUserRole(ctx.db, { id: input.id, role: input.role, actor: actorOf(ctx.session) });
      return { id: input.id };
    }),
  ),
  /** Users are the one thing deleted for real (their sessions go with them); their audit entries stay. */
  delete: adminProcedure.input(z.object({ id: userId })).mutation(({ ctx, input }) =>
    guarded(async () => {
      if (input.id === ctx.session.user.id)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'you cannot delete yourself' });
      await deleteUser(ctx.db, { id: input.id, actor: actorOf(ctx.session) });
      return { id: input.id };
    }),
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
