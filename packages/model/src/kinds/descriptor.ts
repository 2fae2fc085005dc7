import type { z } from 'zod';
import type { CellKind, Codec, FormControl, Option } from './codecs';

export type CsvRow = Readonly<Record<string, string | undefined>>;

/** One field of a record kind, written once: its validation, its CSV column and its form input. */
export interface FieldSpec<Schema extends z.ZodType = z.ZodType> {
  schema: Schema;
  /** Its column in exports and imports. */
  column: string;
  codec: Codec;
  label: string;
  hint?: string;
  /** Marked required in the form, and its column must be present in an import. */
  required?: boolean;
  /** Required in the form, but an import may leave its column out (a fallback or a lookup fills it). */
  columnOptional?: boolean;
  /** Shown with a different input than its codec's (a long note in a textarea). */
  control?: FormControl;
  /** Read from several cells at once (a stated date also needs the row's year). */
  read?: (row: CsvRow) => unknown;
  /**
   * What the field is when its own cell is blank or absent: the starter dataset words some fields
   * freely in another column (a status "operating intermittently", a value's kind inside the notes).
   */
  fallback?: (row: CsvRow) => unknown;
  /** What a new record's form starts with. */
  formDefault?: string;
  /** Free-text search looks in this field. */
  searchable?: boolean;
  /** Lists can be ordered by this field. */
  sortable?: boolean;
}

/** An export column the record's input does not hold: its id, or a value the database computes. */
export interface ExportOnlyColumn {
  column: string;
  cell: CellKind;
  /** The table column it shows as is, when it is one (ids, marks set elsewhere). */
  field?: string;
}

export type FieldSpecs = Record<string, FieldSpec>;
export type ShapeOf<F extends FieldSpecs> = { [K in keyof F]: F[K]['schema'] };

export interface KindDescriptor<
  F extends FieldSpecs = FieldSpecs,
  Input extends z.ZodType = z.ZodType,
> {
  /** Singular, lower case, as the admin pages name it. */
  title: string;
  fields: F;
  /** The validated input: the fields plus citations and the checks across fields. */
  input: Input;
  /**
   * The export's columns, in order, by field name or export-only column name. Fields not listed follow the
   * listed ones, so a new field needs no entry here.
   */
  columnOrder: readonly string[];
  exportOnly: readonly ExportOnlyColumn[];
  /** Further columns an import reads (through fallbacks): the starter dataset's own wording. */
  importOnly?: readonly string[];
}

/**
 * The kind's title with its indefinite article ("an investment figure"), for "Add a …" links. Every
 * title is an ordinary lower-case noun, so the first letter decides.
 */
export function titleWithArticle(d: Pick<KindDescriptor, 'title'>): string {
  return `${/^[aeiou]/i.test(d.title) ? 'an' : 'a'} ${d.title}`;
}

/** The zod shape of a kind's fields, typed per field. */
export function shapeOf<F extends FieldSpecs>(fields: F): ShapeOf<F> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(fields)) shape[name] = spec.schema;
  return shape as ShapeOf<F>;
}

export function defineKind<F extends FieldSpecs, Input extends z.ZodType>(
  descriptor: KindDescriptor<F, Input>,
): KindDescriptor<F, Input> {
  return descriptor;
}

export interface ColumnSpec {
  name: string;
  kind: CellKind;
  /** The table field it shows; absent for values the export computes. */
  field?: string;
  /** Present for the record's input fields (absent for ids and computed values). */
  codec?: Codec;
}

/** The kind's own export columns in order (the source columns follow them). */
export function exportColumnsOf(d: KindDescriptor): ColumnSpec[] {
  const byName = new Map<string, ColumnSpec>();
  for (const [field, spec] of Object.entries(d.fields))
    byName.set(field, { name: spec.column, kind: spec.codec.cell, field, codec: spec.codec });
  for (const c of d.exportOnly)
    byName.set(c.column, { name: c.column, kind: c.cell, field: c.field });
  const listed = d.columnOrder.map((name) => {
    const column = byName.get(name);
    if (!column)
      throw new Error(`column order names ${name}, which is neither a field nor an export column`);
    return column;
  });
  const rest = [...byName.entries()]
    .filter(([name]) => !d.columnOrder.includes(name))
    .map(([, c]) => c);
  return [...listed, ...rest];
}

export interface FormField {
  name: string;
  label: string;
  control: FormControl;
  required: boolean;
  hint?: string;
  options?: readonly Option[];
  codec: Codec;
}

/** The admin form's inputs, in the order the fields are declared. */
export function formFieldsOf(d: KindDescriptor): FormField[] {
  return Object.entries(d.fields).map(([name, spec]) => ({
    name,
    label: spec.label,
    control: spec.control ?? spec.codec.control,
    required: spec.required ?? false,
    hint: spec.hint,
    options: spec.codec.options,
    codec: spec.codec,
  }));
}

/** The form values a new record starts with. */
export function formDefaultsOf(d: KindDescriptor): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(d.fields))
    if (spec.formDefault !== undefined) defaults[name] = spec.formDefault;
  return defaults;
}

/** Names of the fields free-text search looks in. */
export function searchableFieldsOf(d: KindDescriptor): string[] {
  return Object.entries(d.fields)
    .filter(([, spec]) => spec.searchable)
    .map(([name]) => name);
}
