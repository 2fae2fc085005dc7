import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { SourceInput } from '@tianshan/model';
import { RecordConflictError, RecordNotFoundError } from '../errors';
import { nextVersion } from '../stale-edit';
import { auditStep } from './audit-step';
import type { EditOptions } from './record-steps';
import { assertCurrentVersionStep } from './stale-edit-step';
import { insertStep, selectStep, updateStep, type Step } from './step';
import type { WriteDialect } from './write-dialect';

type SourceRow = Record<string, unknown> & {
  id: number;
  version: number;
  deletedAt: string | null;
};

function* sourceRow(w: WriteDialect, id: number, lock = false): Step<SourceRow | undefined> {
  const { sources } = w.tables;
  const [row] = yield* selectStep(
    getTableColumns(sources),
    sql`FROM ${sources} WHERE ${eq(sources.id, id)}${lock ? w.forUpdate : sql``}`,
  );
  return row;
}

export function* createSourceStep(
  w: WriteDialect,
  data: SourceInput,
  options: EditOptions,
): Step<number> {
  const row = yield* insertStep(w.tables.sources, { ...data });
  yield* auditStep(w, {
    actor: options.actor,
    action: 'create',
    recordKind: 'source',
    recordId: row.id,
    after: row,
    reason: options.reason,
  });
  return row.id;
}

/**
 * Every change to an existing source: read it locked, check it is in the state the change needs and at the
 * version the editor saw, write, and audit both sides.
 */
function* changeSourceStep(
  w: WriteDialect,
  id: number,
  options: EditOptions,
  change: {
    action: 'update' | 'delete' | 'restore';
    set: Record<string, unknown>;
    /** Refuses the change, for a reason of its own, before anything is written. */
    check?: (before: SourceRow) => Step<void>;
  },
): Step<void> {
  const { sources } = w.tables;
  const before = yield* sourceRow(w, id, true);
  const wantsDeleted = change.action === 'restore';
  if (!before || Boolean(before.deletedAt) !== wantsDeleted)
    throw new RecordNotFoundError(wantsDeleted ? 'deleted source' : 'source', id);
  yield* assertCurrentVersionStep(w, 'source', before, options.expectedVersion);
  if (change.check) yield* change.check(before);
  yield* updateStep(
    sources,
    { ...change.set, updatedAt: w.now, version: nextVersion },
    eq(sources.id, id),
  );
  yield* auditStep(w, {
    actor: options.actor,
    action: change.action,
    recordKind: 'source',
    recordId: id,
    before,
    after: yield* sourceRow(w, id),
    reason: options.reason,
  });
}

export const updateSourceStep = (
  w: WriteDialect,
  id: number,
  data: SourceInput,
  options: EditOptions,
) => changeSourceStep(w, id, options, { action: 'update', set: { ...data } });

/** A source that figures still cite cannot be deleted: every figure must keep a source. */
export const softDeleteSourceStep = (w: WriteDialect, id: number, options: EditOptions) =>
  changeSourceStep(w, id, options, {
    action: 'delete',
    set: { deletedAt: w.now },
    check: function* () {
      const { citations } = w.tables;
      const [row] = yield* selectStep(
        { n: sql<number>`count(*)` },
        sql`FROM ${citations} WHERE ${eq(citations.sourceId, id)}`,
      );
      const cited = Number(row?.n ?? 0);
      if (cited > 0)
        throw new RecordConflictError(
          `source ${id} is still cited by ${cited} record(s); cite another source there first`,
        );
    },
  });

export const restoreSourceStep = (w: WriteDialect, id: number, options: EditOptions) =>
  changeSourceStep(w, id, options, { action: 'restore', set: { deletedAt: null } });
