import { and, eq, isNull, sql } from 'drizzle-orm';
import { baselinePlan, PROJECT_FACTS, type ProjectFact } from '@tianshan/model';
import type { projectFactReports, projects } from '../schema';
import { sourcesFor, type SourceRef } from './citations';
import { readerOf, type Database } from './reader/reader';
import { allColumns, selectRows } from './reader/selection';

export type ProjectFactRow = typeof projectFactReports.$inferSelect & { sources: SourceRef[] };

/** A fact's reports as a reader sees them: the one shown and the others, each with its sources. */
export interface ProjectFactView {
  fact: ProjectFact;
  /** Null when nothing is known. A report with id 0 is the project's own record (no separate report). */
  shown: ProjectFactRow | null;
  others: ProjectFactRow[];
  shownBecause: 'editor-choice' | 'project-record' | 'first-reported' | 'only-report';
}

type ProjectRecord = typeof projects.$inferSelect & { sources: SourceRef[] };

/** The live reports of one project's facts, with their sources, in the order they were recorded. */
export async function projectFactReportsOf(
  db: Database,
  projectId: number,
): Promise<ProjectFactRow[]> {
  const reader = readerOf(db);
  const { projectFactReports: r } = reader.tables;
  const rows = await selectRows(
    reader,
    'fact reports of a project',
    allColumns(r),
    () => sql`FROM ${r} WHERE ${and(eq(r.projectId, sql.placeholder('id')), isNull(r.deletedAt))}
      ORDER BY ${r.id}`,
    { id: projectId },
  );
  const sources = await sourcesFor(
    db,
    'project-fact',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, sources: sources.get(r.id) ?? [] }));
}

/** What the project's own columns say of a fact (planned dates have no column of their own). */
function recordOf(project: ProjectRecord, fact: ProjectFact): Partial<ProjectFactRow> | null {
  switch (fact) {
    case 'value':
      return project.valueUsd === null
        ? null
        : { valueUsd: project.valueUsd, valueKind: project.valueKind };
    case 'status':
      return { status: project.status, statedAs: project.statusDetail };
    case 'actual-start':
      return project.startedOn === null ? null : { date: project.startedOn };
    case 'actual-completion':
      return project.completedOn === null ? null : { date: project.completedOn };
    default:
      return null;
  }
}

function asReport(project: ProjectRecord, fact: ProjectFact, own: Partial<ProjectFactRow>) {
  return {
    id: 0,
    projectId: project.id,
    fact,
    valueUsd: null,
    valueKind: null,
    status: null,
    date: null,
    qualifier: 'exact',
    statedAs: null,
    notes: null,
    preferred: null,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    version: project.version,
    deletedAt: null,
    sources: project.sources,
    ...own,
  } satisfies ProjectFactRow;
}

/** Only what the fact is counts: a report of the same value worded or classed otherwise still agrees. */
const DESCRIBING = new Set(['statedAs', 'valueKind']);
const agrees = (own: Partial<ProjectFactRow>, r: ProjectFactRow) =>
  Object.entries(own).every(
    ([field, value]) => DESCRIBING.has(field) || r[field as keyof ProjectFactRow] === value,
  );

const sourceDateOf = (r: ProjectFactRow) =>
  r.sources.reduce<string | null>(
    (max, s) => (s.publishedOn && (max === null || s.publishedOn > max) ? s.publishedOn : max),
    null,
  );

/**
 * Every fact of a project with its reports. The project's own columns hold the preferred value of a value,
 * status or actual date (preferring a report writes it there), so the report agreeing with them is shown,
 * with its sources, and the project's record stands for itself when no report agrees. A planned date shows
 * the plan the project is measured against (see `baselinePlan`).
 */
export function projectFactViews(
  project: ProjectRecord,
  reports: readonly ProjectFactRow[],
): ProjectFactView[] {
  return PROJECT_FACTS.map((fact) => {
    const ofFact = reports.filter((r) => r.fact === fact);
    const own = recordOf(project, fact);
    const marked = ofFact.find((r) => r.preferred);
    let shown: ProjectFactRow | null;
    let shownBecause: ProjectFactView['shownBecause'];
    if (own) {
      shown =
        (marked && agrees(own, marked) ? marked : ofFact.find((r) => agrees(own, r))) ??
        asReport(project, fact, own);
      shownBecause = marked && shown.id === marked.id ? 'editor-choice' : 'project-record';
    } else {
      const plan = baselinePlan(ofFact.map((r) => ({ ...r, sourceDate: sourceDateOf(r) })));
      shown = ofFact.find((r) => r.id === plan?.id) ?? ofFact[0] ?? null;
      shownBecause = marked && shown?.id === marked.id ? 'editor-choice' : 'first-reported';
    }
    const others = ofFact.filter((r) => r.id !== shown?.id);
    if (others.length === 0 && shownBecause !== 'editor-choice') shownBecause = 'only-report';
    return { fact, shown, others, shownBecause };
  });
}
