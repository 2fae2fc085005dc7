import { z } from 'zod';
import { SOURCE_GRADE_LABELS, SOURCE_GRADES, sourceGrade, type SourceGrade } from '../enums';
import { partialDate } from '../partial-date-schema';
import { sourceGradeOf } from '../source-grade';
import { statedDate } from '../stated-date';
import { isBlank, longText, oneOf, partialDateText, text, type CellKind } from './codecs';
import { defineKind, shapeOf, type CsvRow, type FieldSpec } from './descriptor';
import { nullable, optionalText, requiredText, text as textSchema } from './zod-text';

/** http(s) only: a `javascript:` URL must never reach an href. */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be a web address starting with http:// or https://');

/**
 * A source field may also travel with every record that cites it: a record's export carries its first
 * source in `source_*` columns (and the rest in `more_sources`), which an import reads back.
 */
interface SourceFieldSpec extends FieldSpec {
  citation?: { column?: string; read?: (row: CsvRow) => unknown };
}

const statedSourceDate = (row: CsvRow) => statedDate(row.source_date ?? '');
const isGrade = (v: string): v is SourceGrade => (SOURCE_GRADES as readonly string[]).includes(v);
/** A spreadsheet may hold the grade as the site shows it ("Major media") or in another case. */
const gradeOfWording = (wording: string): SourceGrade | null =>
  SOURCE_GRADES.find(
    (g) =>
      g === wording.toLowerCase() || SOURCE_GRADE_LABELS[g].toLowerCase() === wording.toLowerCase(),
  ) ?? null;

const sourceFields = {
  title: {
    schema: requiredText(500),
    column: 'title',
    codec: text,
    label: 'Title',
    required: true,
    searchable: true,
    sortable: true,
    citation: { column: 'source_title' },
  },
  publisher: {
    schema: optionalText(200),
    column: 'publisher',
    codec: text,
    label: 'Publisher',
    searchable: true,
  },
  url: {
    schema: nullable(httpUrl),
    column: 'url',
    codec: text,
    label: 'Web address',
    searchable: true,
    citation: { column: 'source_url' },
  },
  publishedOn: {
    schema: nullable(partialDate),
    column: 'published_on',
    codec: partialDateText,
    label: 'Published',
    sortable: true,
    // Dates stated as "c.2013" keep their wording as the label and only the year as the date.
    citation: { column: 'source_date', read: (row) => statedSourceDate(row).date },
  },
  publishedLabel: {
    // Left out of an edit, the stated wording is kept rather than cleared.
    schema: textSchema(100).nullish(),
    column: 'published_label',
    codec: text,
    label: 'Published, as stated',
    citation: { read: (row) => statedSourceDate(row).label ?? undefined },
  },
  accessedOn: {
    schema: nullable(partialDate),
    column: 'accessed_on',
    codec: partialDateText,
    label: 'Accessed',
  },
  grade: {
    // Left blank (an older file, a record CSV without `source_grade`, the form left on "from the
    // publisher"), it is read from the publisher and the address; see `sourceInput`.
    schema: sourceGrade.nullish(),
    column: 'grade',
    codec: oneOf(SOURCE_GRADES, {
      label: (g) => (isGrade(g) ? SOURCE_GRADE_LABELS[g] : g),
      classify: gradeOfWording,
    }),
    label: 'Grade',
    hint: 'left blank, it is read from the publisher and the web address',
    citation: { column: 'source_grade' },
  },
  notes: { schema: optionalText(4000), column: 'notes', codec: longText, label: 'Notes' },
  language: {
    // Left out of an edit, a known language is kept rather than cleared.
    schema: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as en, ru or zh')
      .nullish(),
    column: 'language',
    codec: text,
    label: 'Language',
    hint: 'two-letter code, e.g. en, ru, zh',
    citation: { column: 'source_language' },
  },
} satisfies Record<string, SourceFieldSpec>;

// Every source has a grade once validated: where nobody set one, the one classifier reads it from the
// publisher and the address, for the seed, imports, forms and the API alike.
export const sourceInput = z
  .object(shapeOf(sourceFields))
  .transform((v) => ({ ...v, grade: v.grade ?? sourceGradeOf(v) }));
export type SourceInput = z.input<typeof sourceInput>;

export const sourceDescriptor = defineKind({
  title: 'source',
  fields: sourceFields,
  input: sourceInput,
  columnOrder: ['id'],
  exportOnly: [
    { column: 'id', cell: 'number', field: 'id' },
    { column: 'citation_count', cell: 'number' },
  ],
});

/**
 * What belongs to one citation rather than to the source: the same page can carry different words for
 * different records. Exchanged beside the `source_*` columns (and inside `more_sources`), under the column
 * the sourced datasets use.
 */
const citationFields = {
  quote: {
    schema: optionalText(2000),
    column: 'quote',
    codec: longText,
    label: 'Quote',
    hint: 'the exact words on the page that carry the figure or fact',
  },
} satisfies Record<string, FieldSpec>;

/** A record cites either an existing source by id or a new one described inline. */
export const citationInput = z
  .object({
    sourceId: z.number().int().positive().optional(),
    newSource: sourceInput.optional(),
    ...shapeOf(citationFields),
    page: optionalText(50),
  })
  .refine((c) => (c.sourceId === undefined) !== (c.newSource === undefined), {
    message: 'pick an existing source or describe a new one (exactly one)',
    path: ['sourceId'],
  });
export type CitationInput = z.input<typeof citationInput>;

export const citations = z
  .array(citationInput)
  .min(1, 'at least one source is required')
  .max(20, 'at most 20 sources per record');

/** Whether a per-record source column shows a field of the source or of the citation itself. */
export type CitationColumnOwner = 'source' | 'citation';

/** The per-record source columns, in export order: `source_title`, `source_url`, `source_date` … `quote`. */
export const CITATION_COLUMNS: {
  field: string;
  name: string;
  kind: CellKind;
  owner: CitationColumnOwner;
}[] = [
  ...Object.entries(sourceFields as Record<string, SourceFieldSpec>).flatMap(([field, spec]) =>
    spec.citation?.column
      ? [{ field, name: spec.citation.column, kind: spec.codec.cell, owner: 'source' as const }]
      : [],
  ),
  ...Object.entries(citationFields).map(([field, spec]) => ({
    field,
    name: spec.column,
    kind: spec.codec.cell,
    owner: 'citation' as const,
  })),
];
/** Further sources, as a JSON array of objects keyed like the columns without `source_`. */
export const MORE_SOURCES_COLUMN = 'more_sources';
export const moreSourcesKey = (column: string) => column.replace(/^source_/, '');

function citedSource(row: CsvRow): SourceInput {
  const source: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(sourceFields as Record<string, SourceFieldSpec>)) {
    if (!spec.citation) continue;
    const value = spec.citation.read
      ? spec.citation.read(row)
      : spec.codec.parse(spec.citation.column ? row[spec.citation.column] : undefined);
    if (value !== undefined) source[field] = value;
  }
  return source as SourceInput;
}

/** The citation's own cells (its quote) as the citation input wants them. */
function citationCells(cells: CsvRow): Partial<Pick<CitationInput, 'quote'>> {
  const own: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(citationFields)) {
    const value = spec.codec.parse(cells[spec.column]);
    if (value !== null && value !== undefined) own[field] = value;
  }
  return own;
}

const CITATION_CELLS = [...CITATION_COLUMNS.map((c) => c.name), MORE_SOURCES_COLUMN];

/** Every cell `citationsFromRow` reads, as one string: two rows with the same key cite the same sources. */
export function citationCellsKey(row: CsvRow): string {
  let key = '';
  for (const column of CITATION_CELLS) key += `${row[column] ?? '\u0001'}\u0000`;
  return key;
}

/** The sources a CSV row cites: the one in its `source_*` columns and those in `more_sources`. */
export function citationsFromRow(row: CsvRow): CitationInput[] {
  const list: CitationInput[] = [];
  if (!isBlank(row.source_title)) list.push({ newSource: citedSource(row), ...citationCells(row) });
  const more = row[MORE_SOURCES_COLUMN];
  if (isBlank(more)) return list;
  try {
    const parsed = JSON.parse(more) as Record<string, unknown>[];
    for (const s of parsed) {
      if (!s.title) continue;
      const cells: Record<string, string | undefined> = {};
      for (const c of CITATION_COLUMNS) {
        const value = s[moreSourcesKey(c.name)];
        cells[c.name] = value === null || value === undefined ? undefined : String(value);
      }
      list.push({ newSource: citedSource(cells), ...citationCells(cells) });
    }
  } catch {
    // Reported by validation: more_sources must be the JSON the export writes.
    list.push({ newSource: { title: '', url: 'not json' } });
  }
  return list;
}
