import { isNull, sql } from 'drizzle-orm';
import { rowToInput, sourceDescriptor, sourceInput } from '@tianshan/model';
import type { Db } from '../client';
import { seedDataFolder } from '../env';
import { rowInput, type RowIssue } from '../import/row-input';
import { mappingOf } from '../import/row-mapping';
import { sources } from '../schema';
import { writeAudit, type Actor } from '../write/audit';
import type { CitedKindName } from '../write/record-kinds';
import { createRecord } from '../write/records';
import { findOrCreateSource } from '../write/sources';
import { writeTransaction } from '../write/transaction';
import { readStarterFile, type StarterFile } from './starter-rows';

export interface SeedCounts {
  sources: number;
  tradeReports: number;
  investments: number;
  projects: number;
  milestones: number;
  events: number;
  indicators: number;
}

const SEED_ACTOR: Actor = { userId: null, label: 'seed (starter dataset)' };

/** The record files in load order: milestones name their projects, so projects come first. */
const RECORD_FILES = [
  ['trade', 'trade-report', 'tradeReports'],
  ['investments', 'investment', 'investments'],
  ['projects', 'project', 'projects'],
  ['milestones', 'milestone', 'milestones'],
  ['events', 'event', 'events'],
  ['indicators', 'indicator', 'indicators'],
] as const satisfies readonly (readonly [StarterFile, CitedKindName, keyof SeedCounts])[];

class SeedRowError extends Error {
  constructor(file: StarterFile, line: number, issue: RowIssue) {
    super(
      `${file}.csv line ${line}${issue.column ? `, column ${issue.column}` : ''}: ${issue.message}`,
    );
  }
}

function liveSources(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(sources)
      .where(isNull(sources.deletedAt))
      .get()?.n ?? 0
  );
}

/** The header must hold the columns an import of the same kind requires. */
function checkHeader(
  file: StarterFile,
  kind: CitedKindName,
  first: Record<string, string> | undefined,
) {
  const missing = mappingOf(kind).required.filter((c) => first && !(c in first));
  if (missing.length > 0)
    throw new SeedRowError(file, 1, { column: missing.join(', '), message: 'missing column' });
}

/**
 * Loads the starter dataset through the importer's path — the same row mapping, validation and write layer —
 * in one transaction: either every row lands with its source, audited as the seed, or nothing does. A bad
 * row is refused naming its file, line and column.
 */
export function seedStarterData(db: Db, folder: string = seedDataFolder()): SeedCounts {
  return writeTransaction(db, (tx) => {
    const sourcesBefore = liveSources(db);
    // The five articles first, so the rows that cite them reuse these fuller records.
    for (const { line, values } of readStarterFile(folder, 'articles')) {
      const parsed = sourceInput.safeParse(rowToInput(sourceDescriptor, values));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = String(issue?.path[0] ?? '');
        throw new SeedRowError('articles', line, {
          column:
            sourceDescriptor.fields[field as keyof typeof sourceDescriptor.fields]?.column ?? null,
          message: issue?.message ?? 'invalid',
        });
      }
      findOrCreateSource(tx, parsed.data);
    }

    const counts: Omit<SeedCounts, 'sources'> = {
      tradeReports: 0,
      investments: 0,
      projects: 0,
      milestones: 0,
      events: 0,
      indicators: 0,
    };
    for (const [file, kind, counted] of RECORD_FILES) {
      const rows = readStarterFile(folder, file);
      checkHeader(file, kind, rows[0]?.values);
      for (const { line, values } of rows) {
        const mapped = rowInput(db, kind, values);
        if (!mapped.ok)
          throw new SeedRowError(
            file,
            line,
            mapped.errors[0] ?? { column: null, message: 'invalid' },
          );
        try {
          createRecord(db, kind, mapped.input, { actor: SEED_ACTOR, tx });
        } catch (error) {
          const field = (error as { field?: unknown }).field;
          const column =
            typeof field === 'string' ? mappingOf(kind).columnOf(field.split('.')) : null;
          throw new SeedRowError(file, line, { column, message: (error as Error).message });
        }
        counts[counted]++;
      }
    }

    const all: SeedCounts = { sources: liveSources(db) - sourcesBefore, ...counts };
    writeAudit(db, {
      actor: SEED_ACTOR,
      action: 'seed',
      recordKind: 'dataset',
      recordId: 'starter',
      after: all,
    });
    return all;
  });
}
