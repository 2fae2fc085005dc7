import { CITATION_COLUMNS, citationsFromRow, MORE_SOURCES_COLUMN } from './source';
import { exportColumnsOf, type CsvRow, type FieldSpec, type KindDescriptor } from './descriptor';

/** The column every cited row needs: its first source's title. */
export const FIRST_SOURCE_COLUMN = 'source_title';

/** Columns an import must find in the header. */
export function requiredColumnsOf(d: KindDescriptor): string[] {
  const required = Object.values(d.fields)
    .filter((f) => f.required && !f.columnOptional)
    .map((f) => f.column);
  return [...required, FIRST_SOURCE_COLUMN];
}

/**
 * Every column an import reads: the export's own (so a downloaded table imports back; computed ones are
 * read and ignored), the source columns, and the starter dataset's extra wording.
 */
export function importColumnsOf(d: KindDescriptor): string[] {
  const columns = [
    ...exportColumnsOf(d).map((c) => c.name),
    ...CITATION_COLUMNS.map((c) => c.name),
    MORE_SOURCES_COLUMN,
    ...(d.importOnly ?? []),
  ];
  return [...new Set(columns)];
}

const entriesOf = new WeakMap<KindDescriptor, [string, FieldSpec][]>();

/** A kind's fields as entries, listed once: an import reads every row through them. */
function fieldEntries(d: KindDescriptor): [string, FieldSpec][] {
  let entries = entriesOf.get(d);
  if (!entries) entriesOf.set(d, (entries = Object.entries(d.fields)));
  return entries;
}

/** A CSV row → the kind's input, unvalidated: each cell through its field's codec, then the fallbacks. */
export function rowToInput(d: KindDescriptor, row: CsvRow): Record<string, unknown> {
  const input = rowFieldsToInput(d, row);
  input.citations = citationsFromRow(row);
  return input;
}

/** `rowToInput` without the citations, for a reader that takes them from rows citing the same sources. */
export function rowFieldsToInput(d: KindDescriptor, row: CsvRow): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, spec] of fieldEntries(d)) {
    let value = spec.read ? spec.read(row) : spec.codec.parse(row[spec.column]);
    if ((value === null || value === undefined) && spec.fallback) value = spec.fallback(row);
    // A blank required text is '' so that validation says "is required" rather than "expected string".
    const textual = spec.codec.control === 'text' || spec.codec.control === 'textarea';
    if ((value === null || value === undefined) && spec.required && textual) value = '';
    input[name] = value ?? null;
  }
  return input;
}

/**
 * The CSV column a validation issue belongs to, from the path: a field's own column, or for a
 * cited source the `source_*` column of its field (the first source) or `more_sources` (the others).
 */
export function columnOfPath(d: KindDescriptor, path: readonly PropertyKey[]): string | null {
  const [field, index, part, sourceField] = path.map(String);
  if (field !== 'citations') return (field !== undefined && d.fields[field]?.column) || null;
  if (index !== undefined && index !== '0') return MORE_SOURCES_COLUMN;
  const column =
    part === 'newSource'
      ? CITATION_COLUMNS.find((c) => c.owner === 'source' && c.field === sourceField)
      : CITATION_COLUMNS.find((c) => c.owner === 'citation' && c.field === part);
  return column?.name ?? FIRST_SOURCE_COLUMN;
}
