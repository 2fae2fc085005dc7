import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  citations,
  citationCellsKey,
  citationsFromRow,
  isBlank,
  KIND_DESCRIPTORS,
  rowFieldsToInput,
  type CsvRow,
} from '@tianshan/model';
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

type ValidCitations = z.output<typeof citations>;

export type RowInput = { ok: true; input: KindOutput } | { ok: false; errors: RowIssue[] };

/** A live project's id by its exact name, or undefined. Synchronous: rows are validated as they are read. */
export type ProjectIdByName = (name: string) => number | undefined;

/** `ProjectIdByName` on SQLite: one prepared statement per connection. */
export function projectIdByName(db: Db, name: string): number | undefined {
  return preparedOnce(db, 'live project by name', () =>
    db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.name, sql.placeholder('name')), isNull(projects.deletedAt)))
      .prepare(),
  ).get({ name })?.id;
}

/**
 * A milestone or a project fact report may name its project instead of giving its id: sets the id, or says
 * which name is unknown.
 */
function withProjectByName(
  idByName: ProjectIdByName,
  kind: CitedKindName,
  row: CsvRow,
  input: Record<string, unknown>,
): RowIssue | null {
  const projectName = row.project_name;
  if (
    !isOfProject(kind) ||
    !Number.isNaN(Number(input.projectId ?? Number.NaN)) ||
    isBlank(projectName)
  )
    return null;
  const name = projectName.trim();
  const id = idByName(name);
  if (id === undefined) return { column: 'project_name', message: `no project named "${name}"` };
  input.projectId = id;
  return null;
}

function validated(kind: CitedKindName, schema: z.ZodType, input: unknown): RowInput {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, input: parsed.data as KindOutput };
  const mapping = mappingOf(kind);
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => ({
      column: mapping.columnOf(i.path),
      message: i.message,
    })),
  };
}

/**
 * One CSV row → a validated record input, for the importer and the seed alike. A milestone or a project
 * fact report may name its project instead of giving its id. Every problem names the column it came from.
 */
export function rowInput(db: Db, kind: CitedKindName, row: CsvRow): RowInput {
  return inputOf(kind, (name) => projectIdByName(db, name), row);
}

function inputOf(kind: CitedKindName, idByName: ProjectIdByName, row: CsvRow): RowInput {
  const input = mappingOf(kind).toInput(row);
  const unknownProject = withProjectByName(idByName, kind, row, input);
  if (unknownProject) return { ok: false, errors: [unknownProject] };
  return validated(kind, CITED_KINDS[kind].schema, input);
}

/**
 * The kind's schema with its citations taken as already valid: the same fields, checks across fields and
 * transforms. Null for a schema of another shape (it is then used as it is).
 */
function citationsTakenAsValid(schema: z.core.$ZodType): z.ZodType | null {
  if (schema instanceof z.ZodObject) return schema.safeExtend({ citations: z.any() });
  if (schema instanceof z.ZodPipe)
    return citationsTakenAsValid(schema.in)?.pipe(schema.out) ?? null;
  return null;
}

/** Distinct citations remembered by one reader; past this it starts afresh (memory stays bounded). */
const KNOWN_CITATIONS = 10_000;

/**
 * `rowInput` for the rows of one upload. Most rows of a file cite the same few sources, and reading and
 * validating a source (its address, its grade from the publisher) was half of validating a row: each
 * distinct set of citation cells is validated once, and its rows are checked against the kind's schema
 * with those citations already valid. A row whose citations are invalid goes through `rowInput` itself,
 * so its messages are exactly the same.
 */
export function rowInputReader(
  kind: CitedKindName,
  idByName: ProjectIdByName,
): (row: CsvRow) => RowInput {
  const descriptor = KIND_DESCRIPTORS[kind];
  const withValidCitations = citationsTakenAsValid(CITED_KINDS[kind].schema);
  const fully = (row: CsvRow) => inputOf(kind, idByName, row);
  if (!withValidCitations) return fully;
  const known = new Map<string, ValidCitations | null>();
  return (row) => {
    const key = citationCellsKey(row);
    let cited = known.get(key);
    if (cited === undefined) {
      const parsed = citations.safeParse(citationsFromRow(row));
      cited = parsed.success ? parsed.data : null;
      if (known.size >= KNOWN_CITATIONS) known.clear();
      known.set(key, cited);
    }
    if (cited === null) return fully(row);
    const input = rowFieldsToInput(descriptor, row);
    input.citations = cited;
    const unknownProject = withProjectByName(idByName, kind, row, input);
    if (unknownProject) return { ok: false, errors: [unknownProject] };
    return validated(kind, withValidCitations, input);
  };
}
