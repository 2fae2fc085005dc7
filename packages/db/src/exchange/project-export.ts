import { asc, sql } from 'drizzle-orm';
import { projectDescriptor, type ProjectFilter } from '@tianshan/model';
import { countryListSql } from '../queries/country-list';
import { projectOrder, projectWhere } from '../queries/projects';
import { selectList, whereClause } from '../queries/reader/selection';
import { exportColumns, exportSelection } from './descriptor-select';
import type { PortableExport } from './export-query';
import { recordSources, SOURCE_CSV_COLUMNS } from './source-columns';

export const PROJECT_CSV_COLUMNS = [...exportColumns(projectDescriptor), ...SOURCE_CSV_COLUMNS];

/** The projects list with its countries and sources, on either database, in the list's order. */
export function projectExport(filter: ProjectFilter): PortableExport {
  return {
    columns: PROJECT_CSV_COLUMNS,
    statement: (dialect) => {
      const p = dialect.tables.projects;
      const cited = recordSources('project', sql`${p.id}`, dialect);
      return sql`SELECT ${selectList({
        ...exportSelection(
          projectDescriptor,
          p,
          { country_iso2: countryListSql('project', dialect) },
          dialect,
        ),
        ...cited.columns,
      })} FROM ${p}${cited.join}${whereClause(projectWhere(filter, 'exists', dialect))}
        ORDER BY ${sql.join([...projectOrder(filter, dialect), asc(p.id)], sql`, `)}`;
    },
  };
}
