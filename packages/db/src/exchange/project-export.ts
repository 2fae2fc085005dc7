import { asc, sql } from 'drizzle-orm';
import { projectDescriptor, type ProjectFilter } from '@tianshan/model';
import type { Db } from '../client';
import { projects } from '../schema';
import { projectOrder, projectWhere } from '../queries/projects';
import { countryListSql, exportColumns, exportSelection } from './descriptor-select';
import type { ExportQuery } from './export-query';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';

export const PROJECT_CSV_COLUMNS = [...exportColumns(projectDescriptor), ...SOURCE_CSV_COLUMNS];

export function projectExportQuery(db: Db, filter: ProjectFilter): ExportQuery {
  const p = projects;
  const { sql: text, params } = db
    .select({
      ...exportSelection(projectDescriptor, p, {
        country_iso2: countryListSql('project_countries', p.id),
      }),
      ...sourceColumns('project', sql`${p.id}`),
    })
    .from(p)
    .where(projectWhere(filter))
    .orderBy(...projectOrder(filter), asc(p.id))
    .toSQL();
  return { sql: text, params, columns: PROJECT_CSV_COLUMNS };
}
