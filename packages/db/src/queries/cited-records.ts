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
import type { Db } from '../client';

export interface CitedRecord {
  kind: string;
  id: number;
  label: string;
  href: string;
  /** The words on this source's page that carry this record's figure or fact, where recorded. */
  quote: string | null;
}

const slugOf = (scope: string) => COUNTRIES.find((c) => c.code === scope)?.slug;

/** Everything that cites one source, each with a readable label and the page where a reader sees it. */
export async function citedRecords(db: Db, sourceId: number): Promise<CitedRecord[]> {
  const q = <T>(sql: string) => db.$client.prepare(sql).all(sourceId) as T[];
  const join = (kind: string, table: string, extra = '') =>
    `FROM citations c JOIN ${table} r ON r.id = c.record_id AND c.record_kind = '${kind}' ${extra} WHERE c.source_id = ? AND r.deleted_at IS NULL`;

  const trade = q<{
    id: number;
    quote: string | null;
    scope: string;
    year: number;
    period: string;
    reporter: string;
    total_usd: number | null;
  }>(
    `SELECT r.id, c.quote, r.scope, r.year, r.period, r.reporter, r.total_usd ${join('trade-report', 'trade_reports')} ORDER BY r.scope, r.year`,
  ).map((r) => ({
    kind: 'trade-report',
    id: r.id,
    quote: r.quote,
    label: `${r.scope === 'C5' ? 'Central Asia' : r.scope} ${formatPeriod(r.year, r.period)}, ${REPORTER_LABELS[r.reporter as Reporter] ?? r.reporter}${r.total_usd !== null ? `: ${formatUsd(r.total_usd)}` : ''}`,
    href: `/trade?country=${r.scope}&from=${r.year}&to=${r.year}`,
  }));
  const investments = q<{
    id: number;
    quote: string | null;
    scope: string;
    metric_label: string;
    as_of: string;
    as_of_label: string | null;
  }>(
    `SELECT r.id, c.quote, r.scope, r.metric_label, r.as_of, r.as_of_label ${join('investment', 'investments')} ORDER BY r.scope, r.as_of`,
  ).map((r) => ({
    kind: 'investment',
    id: r.id,
    quote: r.quote,
    label: `${r.scope}: ${r.metric_label} (${r.as_of_label ?? formatPartialDate(r.as_of)})`,
    href: `/investments?country=${r.scope}`,
  }));
  const projects = q<{ id: number; quote: string | null; name: string }>(
    `SELECT r.id, c.quote, r.name ${join('project', 'projects')} ORDER BY r.name`,
  ).map((r) => ({
    kind: 'project',
    id: r.id,
    quote: r.quote,
    label: r.name,
    href: `/projects/${r.id}`,
  }));
  const facts = q<{
    id: number;
    quote: string | null;
    project_id: number;
    fact: string;
    value_usd: number | null;
    status: string | null;
    date: string | null;
    stated_as: string | null;
    name: string;
  }>(
    `SELECT r.id, c.quote, r.project_id, r.fact, r.value_usd, r.status, r.date, r.stated_as, p.name ${join('project-fact', 'project_fact_reports', 'JOIN projects p ON p.id = r.project_id AND p.deleted_at IS NULL')} ORDER BY p.name, r.fact`,
  ).map((r) => {
    const what =
      r.value_usd !== null
        ? formatUsd(r.value_usd)
        : r.date
          ? formatPartialDate(r.date)
          : (r.status ?? r.stated_as ?? '');
    return {
      kind: 'project-fact',
      id: r.id,
      quote: r.quote,
      label: `${r.name}, ${PROJECT_FACT_LABELS[r.fact as ProjectFact] ?? r.fact}: ${what}`,
      href: `/projects/${r.project_id}`,
    };
  });
  const milestones = q<{
    id: number;
    quote: string | null;
    project_id: number;
    date: string;
    description: string;
    name: string;
  }>(
    `SELECT r.id, c.quote, r.project_id, r.date, r.description, p.name ${join('milestone', 'milestones', 'JOIN projects p ON p.id = r.project_id AND p.deleted_at IS NULL')} ORDER BY r.date`,
  ).map((r) => ({
    kind: 'milestone',
    id: r.id,
    quote: r.quote,
    label: `${r.name}, ${formatPartialDate(r.date)}: ${r.description}`,
    href: `/projects/${r.project_id}`,
  }));
  const events = q<{ id: number; quote: string | null; date: string; description: string }>(
    `SELECT r.id, c.quote, r.date, r.description ${join('event', 'events')} ORDER BY r.date`,
  ).map((r) => ({
    kind: 'event',
    id: r.id,
    quote: r.quote,
    label: `${formatPartialDate(r.date)}: ${r.description}`,
    href: `/timeline?from=${r.date.slice(0, 4)}&to=${r.date.slice(0, 4)}`,
  }));
  const indicators = q<{
    id: number;
    quote: string | null;
    scope: string;
    metric: string;
    as_of: string;
  }>(
    `SELECT r.id, c.quote, r.scope, r.metric, r.as_of ${join('indicator', 'indicators')} ORDER BY r.as_of`,
  ).map((r) => ({
    kind: 'indicator',
    id: r.id,
    quote: r.quote,
    label: `${r.metric} (${formatPartialDate(r.as_of)})`,
    href: slugOf(r.scope) ? `/countries/${slugOf(r.scope)}#indicators` : '/',
  }));
  return [...trade, ...investments, ...projects, ...facts, ...milestones, ...events, ...indicators];
}
