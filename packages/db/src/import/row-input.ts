import { and, eq, isNull, sql } from 'drizzle-orm';
import { isBlank, type CsvRow } from '@tianshan/model';
import type { Db } from '../client';
import { preparedOnce } from '../prepared';
import { projects } from '../schema';
import {
  CITED_KINDS,
  isOfProject,
  type CitedKindName,
  type KindOutput,
} from '../write/record-kinds';
import { mappingOf } from './row-mapping';

export interface RowIssue {
  column: string | null;
  message: string;
}

export type RowInput = { ok: true; input: KindOutput } | { ok: false; errors: RowIssue[] };

function projectIdByName(db: Db, name: string): number | undefined {
  return preparedOnce(db, 'live project by name', () =>
    db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.name, sql.placeholder('name')), isNull(projects.deletedAt)))
      .prepare(),
  ).get({ name })?.id;
}

/**
 * One CSV row → a validated record input, for the importer and the seed alike. A milestone or a project
 * fact report may name its project instead of giving its id. Every problem names the column it came from.
 */
export function rowInput(db: Db, kind: CitedKindName, row: CsvRow): RowInput {
  const mapping = mappingOf(kind);
  const input = mapping.toInput(row);
  const projectName = row.project_name;
  if (
    isOfProject(kind) &&
    Number.isNaN(Number(input.projectId ?? Number.NaN)) &&
    !isBlank(projectName)
  ) {
    const name = projectName.trim();
    const id = projectIdByName(db, name);
    if (id === undefined)
      return {
        ok: false,
        errors: [{ column: 'project_name', message: `no project named "${name}"` }],
      };
    input.projectId = id;
  }
  const parsed = CITED_KINDS[kind].schema.safeParse(input);
  if (parsed.success) return { ok: true, input: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => ({
      column: mapping.columnOf(i.path),
      message: i.message,
    })),
  };
}
