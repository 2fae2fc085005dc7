import { z } from 'zod';
import {
  eventInput,
  indicatorInput,
  investmentInput,
  milestoneInput,
  projectFactInput,
  projectInput,
  recordKind,
  sourceInput,
  tradeReportInput,
} from '@tianshan/model';
import { recordHistory } from '@tianshan/db/queries/audit';
import {
  createRecord,
  restoreRecord,
  setPreferredTrade,
  softDeleteRecord,
  updateRecord,
} from '@tianshan/db/write/records';
import { readRecordForEdit } from '@tianshan/db/write/record-for-edit';
import { setPreferredProjectFact } from '@tianshan/db/write/project-facts';
import { TRPCError } from '@trpc/server';
import { CITED_KIND_NAMES, type CitedKindName } from '@tianshan/db/write/record-kinds';
import {
  createSource,
  restoreSource,
  softDeleteSource,
  updateSource,
} from '@tianshan/db/write/source-records';
import { guarded } from '../errors';
import { actorOf } from '../actor';
import { adminProcedure, createTRPCRouter, editorProcedure } from '../trpc';

const reason = z.string().trim().max(500, 'must be at most 500 characters').optional();
const id = z.number().int().positive();
/** The version of the record the edit started from, as `records.get` returned it. */
const version = z.number().int().positive();
/** Deleting or restoring from a list carries the version the list showed, so a stale click is refused. */
const seenVersion = version.optional();

/** One entry per record kind: the form's schema travels with the kind, so errors name `data.<field>`. */
const recordData = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trade-report'), data: tradeReportInput }),
  z.object({ kind: z.literal('investment'), data: investmentInput }),
  z.object({ kind: z.literal('project'), data: projectInput }),
  z.object({ kind: z.literal('project-fact'), data: projectFactInput }),
  z.object({ kind: z.literal('milestone'), data: milestoneInput }),
  z.object({ kind: z.literal('event'), data: eventInput }),
  z.object({ kind: z.literal('indicator'), data: indicatorInput }),
]);

const citedKind = z.enum(CITED_KIND_NAMES as [string, ...string[]]);

/**
 * Editors create and edit; deleting and restoring is for admins. The role is checked on the server before
 * anything else runs.
 * Inputs are validated twice (here, and again in the write layer) so no other caller can skip validation.
 */
export const recordsRouter = createTRPCRouter({
  create: editorProcedure
    .input(z.intersection(recordData, z.object({ reason })))
    .mutation(({ ctx, input }) =>
      guarded(async () => ({
        id: await createRecord(ctx.db, input.kind, input.data as never, {
          actor: actorOf(ctx.session),
          reason: input.reason,
        }),
      })),
    ),
  update: editorProcedure
    .input(z.intersection(recordData, z.object({ id, version, reason })))
    .mutation(({ ctx, input }) =>
      guarded(async () => {
        await updateRecord(ctx.db, input.kind, input.id, input.data as never, {
          actor: actorOf(ctx.session),
          reason: input.reason,
          expectedVersion: input.version,
        });
        return { id: input.id };
      }),
    ),
  softDelete: adminProcedure
    .input(z.object({ kind: citedKind, id, reason, version: seenVersion }))
    .mutation(({ ctx, input }) =>
      guarded(async () => {
        await softDeleteRecord(ctx.db, input.kind as never, input.id, {
          actor: actorOf(ctx.session),
          reason: input.reason,
          expectedVersion: input.version,
        });
        return { id: input.id };
      }),
    ),
  restore: adminProcedure
    .input(z.object({ kind: citedKind, id, reason, version: seenVersion }))
    .mutation(({ ctx, input }) =>
      guarded(async () => {
        await restoreRecord(ctx.db, input.kind as never, input.id, {
          actor: actorOf(ctx.session),
          reason: input.reason,
          expectedVersion: input.version,
        });
        return { id: input.id };
      }),
    ),
  setPreferred: editorProcedure
    .input(z.object({ id, preferred: z.boolean(), reason }))
    .mutation(({ ctx, input }) =>
      guarded(async () => {
        await setPreferredTrade(ctx.db, input.id, input.preferred, {
          actor: actorOf(ctx.session),
          reason: input.reason,
        });
        return { id: input.id };
      }),
    ),
  /** The preferred report of one fact of a project; a preferred value, status or actual date becomes the project's. */
  setPreferredProjectFact: editorProcedure
    .input(z.object({ id, preferred: z.boolean(), reason }))
    .mutation(({ ctx, input }) =>
      guarded(async () => {
        await setPreferredProjectFact(ctx.db, input.id, input.preferred, {
          actor: actorOf(ctx.session),
          reason: input.reason,
        });
        return { id: input.id };
      }),
    ),
  createSource: editorProcedure
    .input(z.object({ data: sourceInput, reason }))
    .mutation(({ ctx, input }) =>
      guarded(async () => ({
        id: await createSource(ctx.db, input.data, {
          actor: actorOf(ctx.session),
          reason: input.reason,
        }),
      })),
    ),
  updateSource: editorProcedure
    .input(z.object({ id, version, data: sourceInput, reason }))
    .mutation(({ ctx, input }) =>
      guarded(async () => {
        await updateSource(ctx.db, input.id, input.data, {
          actor: actorOf(ctx.session),
          reason: input.reason,
          expectedVersion: input.version,
        });
        return { id: input.id };
      }),
    ),
  softDeleteSource: adminProcedure
    .input(z.object({ id, reason, version: seenVersion }))
    .mutation(({ ctx, input }) =>
      guarded(async () => {
        await softDeleteSource(ctx.db, input.id, {
          actor: actorOf(ctx.session),
          reason: input.reason,
          expectedVersion: input.version,
        });
        return { id: input.id };
      }),
    ),
  restoreSource: adminProcedure
    .input(z.object({ id, reason, version: seenVersion }))
    .mutation(({ ctx, input }) =>
      guarded(async () => {
        await restoreSource(ctx.db, input.id, {
          actor: actorOf(ctx.session),
          reason: input.reason,
          expectedVersion: input.version,
        });
        return { id: input.id };
      }),
    ),
  /** One record as stored (deleted ones too, so they can be restored), with its citations, for the edit form. */
  get: editorProcedure.input(z.object({ kind: citedKind, id })).query(async ({ ctx, input }) => {
    const found = await readRecordForEdit(ctx.db, input.kind as CitedKindName, input.id);
    if (!found) throw new TRPCError({ code: 'NOT_FOUND', message: `no ${input.kind} ${input.id}` });
    return found;
  }),
  /** A record's history is for editors; readers see the current, sourced figures. */
  history: editorProcedure
    .input(z.object({ kind: recordKind, id }))
    .query(({ ctx, input }) => recordHistory(ctx.db, input.kind, input.id)),
});
