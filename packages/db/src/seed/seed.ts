import { parsePeriod } from '@tianshan/model';
import type { Db } from '../client';
import { seedDataFolder } from '../env';
import {
  eventCountries,
  events,
  indicators,
  investments,
  milestones,
  projectCountries,
  projects,
  tradeReports,
} from '../schema';
import { attachCitations } from '../write/citations';
import { writeAudit } from '../write/audit';
import { findOrCreateSource, type Tx } from '../write/sources';
import {
  countriesOf,
  eventKindOf,
  locationBasisOf,
  milestoneKindOf,
  qualifierOf,
  scopeOf,
  sectorOf,
  statusOf,
  valueKindOf,
} from './classify';
import { statedDate } from './stated-date';
import { optionalInt, optionalText, percentToBasisPoints, readStarterFile } from './starter-rows';

export interface SeedCounts {
  sources: number;
  tradeReports: number;
  investments: number;
  projects: number;
  milestones: number;
  events: number;
  indicators: number;
}

const SEED_ACTOR = { userId: null, label: 'seed (starter dataset)' };

/** Cites the row's own source (title, URL, date columns), creating it once across all files. */
function citeRowSource(tx: Tx, values: Record<string, string>, date?: string) {
  const published = statedDate(date ?? values.source_date ?? '');
  return findOrCreateSource(tx, {
    title: values.source_title as string,
    url: optionalText(values.source_url),
    publishedOn: published.date,
    publishedLabel: published.label,
  });
}

/**
 * Loads the starter dataset in one transaction: either every row lands with its source, or nothing does.
 * Row errors name the file and line, so a bad edit of the CSVs is easy to find.
 */
export function seedStarterData(db: Db, folder: string = seedDataFolder()): SeedCounts {
  return db.transaction(
    (tx) => {
      let createdSources = 0;
      const cite = (
        kind: Parameters<typeof attachCitations>[1],
        id: number,
        values: Record<string, string>,
      ) => {
        const source = citeRowSource(tx, values);
        if (source.created) createdSources++;
        attachCitations(db, kind, id, [{ sourceId: source.id }]);
      };
      const rowsOf = (
        name: Parameters<typeof readStarterFile>[1],
        each: (v: Record<string, string>) => void,
      ) => {
        const rows = readStarterFile(folder, name);
        for (const { line, values } of rows) {
          try {
            each(values);
          } catch (error) {
            throw new Error(`${name}.csv line ${line}: ${(error as Error).message}`);
          }
        }
        return rows.length;
      };

      // The five articles first, so the rows that cite them reuse these fuller records.
      rowsOf('articles', (v) => {
        if (
          findOrCreateSource(tx, {
            title: v.title as string,
            publisher: optionalText(v.publisher),
            url: optionalText(v.url),
            publishedOn: optionalText(v.published_on),
            notes: optionalText(v.notes),
          }).created
        )
          createdSources++;
      });

      const tradeCount = rowsOf('trade', (v) => {
        const period = parsePeriod(v.period ?? '');
        if (!period) throw new Error(`unknown period ${v.period}`);
        const row = tx
          .insert(tradeReports)
          .values({
            scope: scopeOf(v.country_iso2 ?? ''),
            year: Number(v.year),
            period: period.label,
            periodKind: period.kind,
            periodEndMonth: period.endMonth,
            reporter: v.reporter as string,
            totalUsd: optionalInt(v.total_usd),
            chinaExportsUsd: optionalInt(v.china_exports_usd),
            chinaImportsUsd: optionalInt(v.china_imports_usd),
            yoyGrowthBp: percentToBasisPoints(v.yoy_growth_pct),
            qualifier: qualifierOf(v.qualifier ?? 'exact'),
            notes: optionalText(v.notes),
          })
          .returning({ id: tradeReports.id })
          .get();
        cite('trade-report', row.id, v);
      });

      const investmentCount = rowsOf('investments', (v) => {
        const asOf = statedDate(v.as_of ?? '', Number(v.year));
        const row = tx
          .insert(investments)
          .values({
            scope: scopeOf(v.country_iso2 ?? ''),
            year: Number(v.year),
            asOf: asOf.date as string,
            asOfLabel: asOf.label,
            metricKind: v.metric_kind as string,
            metricLabel: v.metric as string,
            reporterBasis: optionalText(v.reporter_basis),
            amountUsd: optionalInt(v.value_usd),
            amountOriginal: optionalText(v.amount_original),
            currency: optionalText(v.currency),
            count: optionalInt(v.count),
            qualifier: qualifierOf(v.qualifier ?? 'exact'),
            notes: optionalText(v.notes),
          })
          .returning({ id: investments.id })
          .get();
        cite('investment', row.id, v);
      });

      const projectIds = new Map<string, number>();
      const projectCount = rowsOf('projects', (v) => {
        const status = statusOf(v.status ?? '');
        if (!status) throw new Error(`cannot classify status "${v.status}"`);
        const lat = optionalText(v.lat);
        const lon = optionalText(v.lon);
        const row = tx
          .insert(projects)
          .values({
            name: v.name as string,
            sector: sectorOf(v.sector ?? ''),
            sectorDetail: optionalText(v.sector),
            chineseParties: optionalText(v.chinese_party),
            localParties: optionalText(v.local_party),
            valueUsd: optionalInt(v.value_usd),
            valueKind: valueKindOf(v.notes ?? '', Boolean(optionalText(v.value_usd))),
            capacity: optionalText(v.capacity),
            status,
            statusDetail: optionalText(v.status),
            startedOn: optionalText(v.start_or_announce_date),
            completedOn: optionalText(v.completion_date),
            lat: lat === null ? null : Number(lat),
            lon: lon === null ? null : Number(lon),
            locationBasis: locationBasisOf(v.latlon_basis ?? ''),
            locationNote: optionalText(v.latlon_basis),
            description: optionalText(v.notes),
          })
          .returning({ id: projects.id })
          .get();
        projectIds.set(v.name as string, row.id);
        tx.insert(projectCountries)
          .values(
            countriesOf(v.country_iso2 ?? '').map((country) => ({ projectId: row.id, country })),
          )
          .run();
        cite('project', row.id, v);
      });

      const milestoneCount = rowsOf('milestones', (v) => {
        const projectId = projectIds.get(v.project_name ?? '');
        if (!projectId) throw new Error(`no project named "${v.project_name}"`);
        const row = tx
          .insert(milestones)
          .values({
            projectId,
            date: v.date as string,
            kind: milestoneKindOf(v.event ?? ''),
            description: v.event as string,
          })
          .returning({ id: milestones.id })
          .get();
        // milestones.csv has no source_date column: the source's date is unknown, not invented.
        cite('milestone', row.id, { ...v, source_date: '' });
      });

      const eventCount = rowsOf('events', (v) => {
        const row = tx
          .insert(events)
          .values({
            date: v.date as string,
            kind: eventKindOf(v.kind ?? ''),
            description: v.event as string,
          })
          .returning({ id: events.id })
          .get();
        tx.insert(eventCountries)
          .values(
            countriesOf(v.country_iso2 ?? '').map((country) => ({ eventId: row.id, country })),
          )
          .run();
        cite('event', row.id, v);
      });

      const indicatorCount = rowsOf('indicators', (v) => {
        const row = tx
          .insert(indicators)
          .values({
            scope: scopeOf(v.country_iso2 ?? ''),
            asOf: v.as_of as string,
            metric: v.metric as string,
            value: (v.value ?? '').trim(),
            unit: v.unit as string,
            qualifier: qualifierOf(v.qualifier ?? 'exact'),
            notes: optionalText(v.notes),
          })
          .returning({ id: indicators.id })
          .get();
        cite('indicator', row.id, v);
      });

      const counts: SeedCounts = {
        sources: createdSources,
        tradeReports: tradeCount,
        investments: investmentCount,
        projects: projectCount,
        milestones: milestoneCount,
        events: eventCount,
        indicators: indicatorCount,
      };
      writeAudit(db, {
        actor: SEED_ACTOR,
        action: 'seed',
        recordKind: 'dataset',
        recordId: 'starter',
        after: counts,
      });
      return counts;
    },
    { behavior: 'immediate' },
  );
}
