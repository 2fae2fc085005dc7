import { asc, sql } from 'drizzle-orm';
import type { ProjectFilter } from '@tianshan/model';
import type { Db } from '../client';
import { projects } from '../schema';
import { projectOrder, projectWhere } from '../queries/projects';
import type { ExportQuery } from './export-query';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';

export const PROJECT_CSV_COLUMNS = [
  { name: 'id', kind: 'number' },
  { name: 'name', kind: 'text' },
  { name: 'country_iso2', kind: 'text' },
  { name: 'sector', kind: 'text' },
  { name: 'sector_detail', kind: 'text' },
  { name: 'chinese_party', kind: 'text' },
  { name: 'local_party', kind: 'text' },
  { name: 'value_usd', kind: 'number' },
  { name: 'value_kind', kind: 'text' },
  { name: 'capacity', kind: 'text' },
  { name: 'status', kind: 'text' },
  { name: 'status_detail', kind: 'text' },
  { name: 'start_or_announce_date', kind: 'date' },
  { name: 'completion_date', kind: 'date' },
  { name: 'lat', kind: 'number' },
  { name: 'lon', kind: 'number' },
  { name: 'location_basis', kind: 'text' },
  { name: 'location_note', kind: 'text' },
  { name: 'description', kind: 'text' },
  ...SOURCE_CSV_COLUMNS,
] as const;

export function projectExportQuery(db: Db, filter: ProjectFilter): ExportQuery {
  const p = projects;
  const { sql: text, params } = db
    .select({
      id: p.id,
      name: p.name,
      // `KG;UZ`, the starter dataset's way of writing several countries.
      country_iso2: sql<string>`(SELECT group_concat(country, ';') FROM (SELECT country FROM project_countries pc WHERE pc.project_id = ${p.id} ORDER BY country))`,
      sector: p.sector,
      sector_detail: p.sectorDetail,
      chinese_party: p.chineseParties,
      local_party: p.localParties,
      value_usd: p.valueUsd,
      value_kind: p.valueKind,
      capacity: p.capacity,
      status: p.status,
      status_detail: p.statusDetail,
      start_or_announce_date: p.startedOn,
      completion_date: p.completedOn,
      lat: p.lat,
      lon: p.lon,
      location_basis: p.locationBasis,
      location_note: p.locationNote,
      description: p.description,
      ...sourceColumns('project', sql`${p.id}`),
    })
    .from(p)
    .where(projectWhere(filter))
    .orderBy(...projectOrder(filter), asc(p.id))
    .toSQL();
  return { sql: text, params, columns: PROJECT_CSV_COLUMNS };
}
