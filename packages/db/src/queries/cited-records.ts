import {
  COUNTRIES,
  formatPartialDate,
  formatPeriod,
  formatUsd,
  PROJECT_FACT_LABELS,
  REPORTER_LABELS,
  type ProjectFact,
  type Reporter,
} from '@tianshan/model';
import { and, eq, isNull, sql, type SQL, type SQLWrapper, type Table } from 'drizzle-orm';
import { readerOf, type Database, type Reader } from './reader/reader';
import { selectRows, type Selection } from './reader/selection';

export interface CitedRecord {
  kind: string;
  id: number;
  label: string;
  href: string;
  /** The words on this source's page that carry this record's figure or fact, where recorded. */
  quote: string | null;
}

const slugOf = (scope: string) => COUNTRIES.find((c) => c.code === scope)?.slug;

interface CitingRead<S extends Selection> {
  kind: string;
  table: Table & { id: SQLWrapper; deletedAt: SQLWrapper };
  columns: S;
  /** Text goes through `Reader.byCodePoint`; the id always ends the order, so ties list alike on both. */
  order: SQLWrapper[];
  /** A further join (a fact's or milestone's project, which must be live). */
  join?: SQL;
}

/** The live records of one kind citing the source, each with the citation's quote. */
function citing<S extends Selection>(reader: Reader, sourceId: number, read: CitingRead<S>) {
  const { citations } = reader.tables;
  const { table } = read;
  return selectRows(
    reader,
    `records of ${read.kind} citing a source`,
    { ...read.columns, quote: citations.quote },
    () => sql`FROM ${citations} JOIN ${table} ON ${and(
      eq(table.id, citations.recordId),
      sql`${citations.recordKind} = ${sql.raw(`'${read.kind}'`)}`,
    )}${read.join ?? sql``}
      WHERE ${and(eq(citations.sourceId, sql.placeholder('sourceId')), isNull(table.deletedAt))}
      ORDER BY ${sql.join([...read.order, table.id], sql`, `)}`,
    { sourceId },
  );
}

/** Everything that cites one source, each with a readable label and the page where a reader sees it. */
export async function citedRecords(db: Database, sourceId: number): Promise<CitedRecord[]> {
  const reader = readerOf(db);
  const t = reader.tables;
  const text = (column: SQLWrapper) => reader.byCodePoint(column);
  const ofLiveProject = (projectId: SQLWrapper) =>
    sql` JOIN ${t.projects} ON ${and(eq(t.projects.id, projectId), isNull(t.projects.deletedAt))}`;
  const r = t.tradeReports;
  const trade = (
    await citing(reader, sourceId, {
      kind: 'trade-report',
      table: r,
      columns: {
        id: r.id,
        scope: r.scope,
        year: r.year,
        period: r.period,
        reporter: r.reporter,
        totalUsd: r.totalUsd,
      },
      order: [text(r.scope), r.year],
    })
  ).map((row) => ({
    kind: 'trade-report',
    id: row.id,
    quote: row.quote,
    label: `${row.scope === 'C5' ? 'Central Asia' : row.scope} ${formatPeriod(row.year, row.period)}, ${REPORTER_LABELS[row.reporter as Reporter] ?? row.reporter}${row.totalUsd !== null ? `: ${formatUsd(row.totalUsd)}` : ''}`,
    href: `/trade?country=${row.scope}&from=${row.year}&to=${row.year}`,
  }));
  const i = t.investments;
  const investments = (
    await citing(reader, sourceId, {
      kind: 'investment',
      table: i,
      columns: {
        id: i.id,
        scope: i.scope,
        metricLabel: i.metricLabel,
        asOf: i.asOf,
        asOfLabel: i.asOfLabel,
      },
      order: [text(i.scope), text(i.asOf)],
    })
  ).map((row) => ({
    kind: 'investment',
    id: row.id,
    quote: row.quote,
    label: `${row.scope}: ${row.metricLabel} (${row.asOfLabel ?? formatPartialDate(row.asOf)})`,
    href: `/investments?country=${row.scope}`,
  }));
  const p = t.projects;
  const projects = (
    await citing(reader, sourceId, {
      kind: 'project',
      table: p,
      columns: { id: p.id, name: p.name },
      order: [text(p.name)],
    })
  ).map((row) => ({
    kind: 'project',
    id: row.id,
    quote: row.quote,
    label: row.name,
    href: `/projects/${row.id}`,
  }));
  const f = t.projectFactReports;
  const facts = (
    await citing(reader, sourceId, {
      kind: 'project-fact',
      table: f,
      columns: {
        id: f.id,
        projectId: f.projectId,
        fact: f.fact,
        valueUsd: f.valueUsd,
        status: f.status,
        date: f.date,
        statedAs: f.statedAs,
        name: p.name,
      },
      order: [text(p.name), text(f.fact)],
      join: ofLiveProject(f.projectId),
    })
  ).map((row) => {
    const what =
      row.valueUsd !== null
        ? formatUsd(row.valueUsd)
        : row.date
          ? formatPartialDate(row.date)
          : (row.status ?? row.statedAs ?? '');
    return {
      kind: 'project-fact',
      id: row.id,
      quote: row.quote,
      label: `${row.name}, ${PROJECT_FACT_LABELS[row.fact as ProjectFact] ?? row.fact}: ${what}`,
      href: `/projects/${row.projectId}`,
    };
  });
  const m = t.milestones;
  const milestones = (
    await citing(reader, sourceId, {
      kind: 'milestone',
      table: m,
      columns: {
        id: m.id,
        projectId: m.projectId,
        date: m.date,
        description: m.description,
        name: p.name,
      },
      order: [text(m.date)],
      join: ofLiveProject(m.projectId),
    })
  ).map((row) => ({
    kind: 'milestone',
    id: row.id,
    quote: row.quote,
    label: `${row.name}, ${formatPartialDate(row.date)}: ${row.description}`,
    href: `/projects/${row.projectId}`,
  }));
  const e = t.events;
  const events = (
    await citing(reader, sourceId, {
      kind: 'event',
      table: e,
      columns: { id: e.id, date: e.date, description: e.description },
      order: [text(e.date)],
    })
  ).map((row) => ({
    kind: 'event',
    id: row.id,
    quote: row.quote,
    label: `${formatPartialDate(row.date)}: ${row.description}`,
    href: `/timeline?from=${row.date.slice(0, 4)}&to=${row.date.slice(0, 4)}`,
  }));
  const n = t.indicators;
  const indicators = (
    await citing(reader, sourceId, {
      kind: 'indicator',
      table: n,
      columns: { id: n.id, scope: n.scope, metric: n.metric, asOf: n.asOf },
      order: [text(n.asOf)],
    })
  ).map((row) => ({
    kind: 'indicator',
    id: row.id,
    quote: row.quote,
    label: `${row.metric} (${formatPartialDate(row.asOf)})`,
    href: slugOf(row.scope) ? `/countries/${slugOf(row.scope)}#indicators` : '/',
  }));
  return [...trade, ...investments, ...projects, ...facts, ...milestones, ...events, ...indicators];
}
