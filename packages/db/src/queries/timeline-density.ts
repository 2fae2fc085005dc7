import { and, eq, gt, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { TimelineFilter } from '@tianshan/model';
import { readerOf, type Database, type SqlDialect } from './reader/reader';
import { whereClause } from './reader/selection';
import { eventWhere, milestoneWhere, timelineParts } from './timeline';
import { narrowsOnly } from './unfiltered';

/**
 * The quarter a partial date falls in (`2019-Q2`), or its year alone (`2019`) when the source gave only
 * the year: such an entry cannot be put in a quarter, and is counted apart rather than guessed. The
 * triggers that keep milestone_period_counts (drizzle/0009_aggregate_triggers.sql) spell the same rule.
 */
function periodOf(date: SQLWrapper): SQL<string> {
  return sql<string>`CASE WHEN length(${date}) >= 7 THEN substr(${date}, 1, 4) || '-Q' || ((CAST(substr(${date}, 6, 2) AS INTEGER) + 2) / 3) ELSE substr(${date}, 1, 4) END`;
}

export interface DensityRow {
  period: string;
  type: 'milestone' | 'event';
  kind: string;
  count: number;
}

/** The columns every half selects, named as `DensityRow` names them. */
function countColumns(period: SQL, type: DensityRow['type'], kind: SQLWrapper, count: SQL): SQL {
  // The type is spelled in the statement, not bound: PostgreSQL cannot type a parameter in a UNION.
  return sql`${period} AS "period", ${sql.raw(`'${type}'`)} AS "type", ${kind} AS "kind", ${count} AS "count"`;
}

function milestoneCounts(dialect: SqlDialect, filter: TimelineFilter): SQL {
  const { milestones, projects } = dialect.tables;
  const period = periodOf(milestones.date);
  return sql`SELECT ${countColumns(period, 'milestone', milestones.kind, sql`count(*)`)}
    FROM ${milestones} INNER JOIN ${projects} ON ${eq(projects.id, milestones.projectId)}${whereClause(
      milestoneWhere(filter, dialect),
    )}
    GROUP BY ${period}, ${milestones.kind}`;
}

/** The same counts from the tallies the database keeps as milestones and projects are written. */
function talliedMilestoneCounts(dialect: SqlDialect, filter: TimelineFilter): SQL {
  const c = dialect.tables.milestonePeriodCounts;
  return sql`SELECT ${countColumns(sql`${c.period}`, 'milestone', c.kind, sql`${c.count}`)}
    FROM ${c}${whereClause(
      and(
        gt(c.count, 0),
        filter.milestoneKinds?.length ? inArray(c.kind, filter.milestoneKinds) : undefined,
      ),
    )}`;
}

/** The tallies answer a filter that picks kinds at most (event kinds only decide whether milestones show). */
const tallied = (filter: TimelineFilter) => narrowsOnly(filter, ['milestoneKinds', 'eventKinds']);

function eventCounts(dialect: SqlDialect, filter: TimelineFilter): SQL {
  const { events } = dialect.tables;
  const period = periodOf(events.date);
  return sql`SELECT ${countColumns(period, 'event', events.kind, sql`count(*)`)}
    FROM ${events}${whereClause(eventWhere(filter, dialect))}
    GROUP BY ${period}, ${events.kind}`;
}

/**
 * Milestones and events per quarter and kind, counted in SQL with the list's filters, in period, type and
 * kind order (code point order in both dialects); null when the filter keeps neither half. The chart and
 * its download run this one statement.
 */
export function timelineDensitySql(dialect: SqlDialect, filter: TimelineFilter): SQL | null {
  const parts = timelineParts(filter);
  const halves = [
    ...(parts.milestones
      ? [
          tallied(filter)
            ? talliedMilestoneCounts(dialect, filter)
            : milestoneCounts(dialect, filter),
        ]
      : []),
    ...(parts.events ? [eventCounts(dialect, filter)] : []),
  ];
  if (halves.length === 0) return null;
  const text = (name: string) => dialect.byCodePoint(sql.identifier(name));
  return sql`SELECT * FROM (${sql.join(halves, sql` UNION ALL `)}) AS density
    ORDER BY ${text('period')}, ${text('type')}, ${text('kind')}`;
}

export async function timelineDensity(db: Database, filter: TimelineFilter): Promise<DensityRow[]> {
  const reader = readerOf(db);
  const statement = timelineDensitySql(reader, filter);
  if (!statement) return [];
  const rows = await reader.all(`timeline density ${JSON.stringify(filter)}`, () => statement);
  return rows.map((r) => ({
    period: String(r.period),
    type: r.type === 'event' ? 'event' : 'milestone',
    kind: String(r.kind),
    count: Number(r.count),
  }));
}
