import { eq, isNull, sql } from 'drizzle-orm';
import { rowToInput, sourceDescriptor, sourceInput } from '@tianshan/model';
import type { Db } from '../client';
import { seedDataFolder } from '../env';
import { rowInput, type RowIssue } from '../import/row-input';
import { mappingOf } from '../import/row-mapping';
import { meta, seedRows, sources } from '../schema';
import { writeAudit, type Actor } from '../write/audit';
import { isOfProject, type CitedKindName } from '../write/record-kinds';
import { createRecordSync } from '../write/records';
import { findOrCreateSource, type Tx } from '../write/sources';
import { writeTransaction } from '../write/transaction';
import {
  ARTICLES_FILE,
  readSeedFile,
  SEED_RECORD_FILES,
  type RecordFile,
  type SeedCounts,
} from './seed-files';
import { knownSeedKeys, recordSeedRow, recordStarterRowsOfOlderSeed, seedKeyOf } from './seed-keys';
import { actualDateAfterItsSources } from './actual-dates';
import { rederiveSeededMilestoneKinds } from './milestone-kinds';
import { catchUpMovedPlans } from './moved-plans';
import { projectIdsOfSeededRows } from './seeded-projects';

export type { SeedCounts } from './seed-files';

/** The seed's one actor: the starter rows and the later additions are both audited as the seed's. */
export const SEED_ACTOR: Actor = { userId: null, label: 'seed (starter dataset)' };

/** Set once the starter set was loaded; older databases have it but no seed rows. */
export const SEEDED_KEY = 'starter_seeded_at';

export interface SeedOptions {
  folder?: string;
  /** The record files to load (all of them unless a test seeds an older set). */
  files?: readonly RecordFile[];
}

class SeedRowError extends Error {
  constructor(file: string, line: number, issue: RowIssue) {
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
function checkHeader(file: string, kind: CitedKindName, first: Record<string, string> | undefined) {
  const missing = mappingOf(kind).required.filter((c) => first && !(c in first));
  if (missing.length > 0)
    throw new SeedRowError(file, 1, { column: missing.join(', '), message: 'missing column' });
}

function loadArticles(tx: Tx, folder: string, known: Set<string>): void {
  for (const { line, values } of readSeedFile(folder, ARTICLES_FILE)) {
    const key = seedKeyOf(ARTICLES_FILE, values);
    if (known.has(key)) continue;
    const parsed = sourceInput.safeParse(rowToInput(sourceDescriptor, values));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      throw new SeedRowError(ARTICLES_FILE, line, {
        column:
          sourceDescriptor.fields[field as keyof typeof sourceDescriptor.fields]?.column ?? null,
        message: issue?.message ?? 'invalid',
      });
    }
    const { id } = findOrCreateSource(tx, parsed.data);
    recordSeedRow(tx, { key, file: ARTICLES_FILE, recordKind: 'source', recordId: id });
  }
}

/**
 * A seeded milestone belongs to the project its file's row was seeded as, even if an editor has since
 * renamed that project; a name the seed never loaded is looked up among the live projects as an import would.
 */
function withSeededProject(
  values: Record<string, string>,
  seededProjects: Map<string, number>,
): Record<string, string> {
  const id = seededProjects.get((values.project_name ?? '').trim());
  return id === undefined ? values : { ...values, project_id: String(id) };
}

function loadRecords(
  db: Db,
  tx: Tx,
  folder: string,
  { file, kind }: RecordFile,
  known: Set<string>,
  today: string,
): number {
  const rows = readSeedFile(folder, file);
  checkHeader(file, kind, rows[0]?.values);
  const seededProjects = isOfProject(kind)
    ? projectIdsOfSeededRows(tx, folder)
    : new Map<string, number>();
  let added = 0;
  for (const { line, values } of rows) {
    const key = seedKeyOf(file, values);
    if (known.has(key)) continue;
    const row = isOfProject(kind) ? withSeededProject(values, seededProjects) : values;
    const mapped = rowInput(db, kind, row);
    if (!mapped.ok)
      throw new SeedRowError(file, line, mapped.errors[0] ?? { column: null, message: 'invalid' });
    const planned = actualDateAfterItsSources(db, kind, mapped.input, today);
    if (planned) throw new SeedRowError(file, line, planned);
    let id: number;
    try {
      id = createRecordSync(db, kind, mapped.input, { actor: SEED_ACTOR, tx });
    } catch (error) {
      const field = (error as { field?: unknown }).field;
      const column = typeof field === 'string' ? mappingOf(kind).columnOf(field.split('.')) : null;
      throw new SeedRowError(file, line, { column, message: (error as Error).message });
    }
    recordSeedRow(tx, { key, file, recordKind: kind, recordId: id });
    added++;
  }
  return added;
}

function hasSeedRows(tx: Tx): boolean {
  return tx.select({ key: seedRows.key }).from(seedRows).limit(1).get() !== undefined;
}

function seededBefore(tx: Tx): boolean {
  return (
    tx.select({ value: meta.value }).from(meta).where(eq(meta.key, SEEDED_KEY)).get() !== undefined
  );
}

/**
 * Loads the seed files through the importer's path — the same row mapping, validation and write layer — in
 * one transaction, adding only the rows this database does not hold yet (see seed-keys.ts): a fresh
 * database gets everything, an older one the files added since, and a record an editor changed is left as
 * it is. Seeded milestones nobody else touched take the kind today's classifier reads (see milestone-kinds.ts).
 * Every created record is audited as the seed. A bad row is refused naming its file, line and column,
 * and then nothing is written; so is a completion later than its source (see actual-dates.ts). Returns how many rows of each kind were added.
 */
export function seedDataset(db: Db, options: SeedOptions = {}): SeedCounts {
  const folder = options.folder ?? seedDataFolder();
  const files = options.files ?? SEED_RECORD_FILES;
  return writeTransaction(db, (tx) => {
    const fresh = !seededBefore(tx);
    if (!fresh && !hasSeedRows(tx)) recordStarterRowsOfOlderSeed(tx, folder, SEED_ACTOR);
    const known = knownSeedKeys(tx);
    if (!fresh) catchUpMovedPlans(db, tx, folder, known, SEED_ACTOR);
    const sourcesBefore = liveSources(db);
    loadArticles(tx, folder, known);
    const counts: Omit<SeedCounts, 'sources'> = {
      tradeReports: 0,
      investments: 0,
      projects: 0,
      milestones: 0,
      events: 0,
      indicators: 0,
      projectFacts: 0,
    };
    const today = new Date().toISOString().slice(0, 10);
    for (const recordFile of files)
      counts[recordFile.counted] += loadRecords(db, tx, folder, recordFile, known, today);
    // Kinds are the classifier's reading, not the files' facts: an older database catches up with it.
    if (!fresh) rederiveSeededMilestoneKinds(db, SEED_ACTOR);

    const all: SeedCounts = { sources: liveSources(db) - sourcesBefore, ...counts };
    if (Object.values(all).some((n) => n > 0))
      writeAudit(db, {
        actor: SEED_ACTOR,
        action: 'seed',
        recordKind: 'dataset',
        recordId: fresh ? 'starter' : 'additions',
        after: all,
      });
    if (fresh) tx.insert(meta).values({ key: SEEDED_KEY, value: new Date().toISOString() }).run();
    return all;
  });
}
