import { QUALIFIERS, qualifier as qualifierSchema, scopeCode } from '../enums';
import { longText, oneOf, partialDateText, scope as scopeCodec } from './codecs';
import type { FieldSpec } from './descriptor';
import { optionalText, requiredText } from './zod-text';
import { partialDate } from '../partial-date-schema';

/** Fields several kinds share, spelled once. */
export const scopeField = {
  schema: scopeCode,
  column: 'country_iso2',
  codec: scopeCodec,
  label: 'Country',
  required: true,
  sortable: true,
} satisfies FieldSpec;

/** "more than" in a spreadsheet is `more-than`; a blank cell is an exact figure. */
const qualifierCodec = oneOf(QUALIFIERS, {
  classify: (wording) => wording.toLowerCase().replace(/\s+/g, '-'),
});

export const qualifierField = {
  schema: qualifierSchema.default('exact'),
  column: 'qualifier',
  codec: qualifierCodec,
  label: 'How the source states it',
  hint: '“exceeded $44 bn” is more than',
  required: true,
  columnOptional: true,
  fallback: () => 'exact',
  formDefault: 'exact',
} satisfies FieldSpec;

export const notesField = {
  schema: optionalText(4000),
  column: 'notes',
  codec: longText,
  label: 'Notes',
  searchable: true,
} satisfies FieldSpec;

export const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD — only as precise as the source';
export const USD_HINT = 'US dollars, e.g. 22.71 bn, 350 m or 1,234,000';

export const partialDateField = (column: string, label: string) =>
  ({
    schema: partialDate,
    column,
    codec: partialDateText,
    label,
    hint: DATE_HINT,
    required: true,
    sortable: true,
  }) satisfies FieldSpec;

/** A dated entry's text (milestones and relationship events), in the starter files' `event` column. */
export const whatHappenedField = {
  schema: requiredText(2000),
  column: 'event',
  codec: longText,
  label: 'What happened',
  required: true,
  searchable: true,
} satisfies FieldSpec;
