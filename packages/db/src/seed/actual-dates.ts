import { eq } from 'drizzle-orm';
import { partialDateBounds } from '@tianshan/model';
import type { Db } from '../client';
import type { RowIssue } from '../import/row-input';
import { mappingOf } from '../import/row-mapping';
import { sources } from '../schema';
import type { CitedKindName, KindOutput } from '../write/record-kinds';

/** The fields that say something already happened, by kind: a project's completion, an actual-completion report. */
function actualDateOf(
  kind: CitedKindName,
  input: KindOutput,
): { field: string; date: string } | null {
  if (kind === 'project') {
    const { completedOn } = input as KindOutput<'project'>;
    return completedOn ? { field: 'completedOn', date: completedOn } : null;
  }
  if (kind === 'project-fact') {
    const { fact, date } = input as KindOutput<'project-fact'>;
    return fact === 'actual-completion' && date ? { field: 'date', date } : null;
  }
  return null;
}

function publishedOnOf(db: Db, citation: KindOutput['citations'][number]): string | null {
  if (citation.newSource) return citation.newSource.publishedOn ?? null;
  if (citation.sourceId === undefined) return null;
  return (
    db
      .select({ publishedOn: sources.publishedOn })
      .from(sources)
      .where(eq(sources.id, citation.sourceId))
      .get()?.publishedOn ?? null
  );
}

/**
 * A source can only report a completion that had happened when it was written: a completion after the
 * latest date its sources state (or, when none states one, after today) is a plan copied into the wrong
 * column, and belongs in a planned-completion report. Compared at the precision both were given, so
 * "2025" reported in March 2025 passes.
 */
export function actualDateAfterItsSources(
  db: Db,
  kind: CitedKindName,
  input: KindOutput,
  today: string,
): RowIssue | null {
  const actual = actualDateOf(kind, input);
  if (!actual) return null;
  const stated = input.citations.map((c) => publishedOnOf(db, c));
  const known = stated.filter((d): d is string => d !== null).sort();
  const latest = known.at(-1);
  if (partialDateBounds(actual.date).start <= partialDateBounds(latest ?? today).end) return null;
  const when = latest
    ? `is after its source's date (${latest})`
    : 'is still to come (its source states no date)';
  return {
    column: mappingOf(kind).columnOf([actual.field]),
    message: `completion ${actual.date} ${when}: a planned date belongs in a planned-completion report`,
  };
}
