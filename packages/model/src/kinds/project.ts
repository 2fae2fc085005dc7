import { z } from 'zod';
import {
  countryCode,
  LOCATION_BASES,
  locationBasis,
  PROJECT_STATUSES,
  PROJECT_VALUE_KINDS,
  projectStatus,
  projectValueKind,
  sector,
  SECTORS,
} from '../enums';
import { usdAmount } from '../money';
import { isNotBefore } from '../partial-date';
import { partialDate } from '../partial-date-schema';
import { locationBasisOf, sectorOf, statusOf, valueKindOf } from '../classify';
import { countryList, isBlank, longText, money, number, oneOf, text } from './codecs';
import { defineKind, shapeOf, type CsvRow } from './descriptor';
import { partialDateField, USD_HINT } from './shared-fields';
import { citations } from './source';
import { nullable, optionalText, requiredText } from './zod-text';

/**
 * The starter file words sector and status freely ("energy - gas pipeline") in the code's column and has
 * no detail column: the wording is classified and kept as the detail. Our own exports carry both apart.
 */
const wordingOf =
  (codes: readonly string[], column: string, detailColumn: string) => (row: CsvRow) => {
    const wording = text.parse(row[column]);
    if (wording === null) return null;
    return row[detailColumn] !== undefined && codes.includes(wording) ? null : wording;
  };

const projectFields = {
  name: {
    schema: requiredText(300),
    column: 'name',
    codec: text,
    label: 'Name',
    required: true,
    searchable: true,
    sortable: true,
  },
  countries: {
    schema: z.array(countryCode).min(1, 'choose at least one country').max(5),
    column: 'country_iso2',
    codec: countryList,
    label: 'Countries',
    required: true,
  },
  sector: {
    schema: sector,
    column: 'sector',
    codec: oneOf(SECTORS, { classify: sectorOf }),
    label: 'Sector',
    required: true,
    sortable: true,
  },
  sectorDetail: {
    schema: optionalText(200),
    column: 'sector_detail',
    codec: text,
    label: 'Sector as the source words it',
    fallback: wordingOf(SECTORS, 'sector', 'sector_detail'),
  },
  chineseParties: {
    schema: optionalText(1000),
    column: 'chinese_party',
    codec: text,
    label: 'Chinese parties',
    searchable: true,
  },
  localParties: {
    schema: optionalText(1000),
    column: 'local_party',
    codec: text,
    label: 'Local parties',
    searchable: true,
  },
  valueUsd: {
    schema: nullable(usdAmount),
    column: 'value_usd',
    codec: money,
    label: 'Value (USD)',
    hint: USD_HINT,
    sortable: true,
  },
  valueKind: {
    schema: nullable(projectValueKind),
    column: 'value_kind',
    codec: oneOf(PROJECT_VALUE_KINDS),
    label: 'What the value is',
    fallback: (row: CsvRow) =>
      isBlank(row.value_usd) || isBlank(row.notes) ? null : valueKindOf(row.notes, true),
  },
  capacity: { schema: optionalText(500), column: 'capacity', codec: text, label: 'Capacity' },
  status: {
    schema: projectStatus,
    column: 'status',
    codec: oneOf(PROJECT_STATUSES, { classify: statusOf }),
    label: 'Status',
    required: true,
    sortable: true,
  },
  statusDetail: {
    schema: optionalText(300),
    column: 'status_detail',
    codec: text,
    label: 'Status as the source words it',
    fallback: wordingOf(PROJECT_STATUSES, 'status', 'status_detail'),
  },
  startedOn: {
    ...partialDateField('start_or_announce_date', 'Start or announcement'),
    schema: nullable(partialDate),
    required: false,
  },
  completedOn: {
    ...partialDateField('completion_date', 'Completion'),
    schema: nullable(partialDate),
    required: false,
  },
  lat: {
    schema: nullable(z.number().min(-90).max(90)),
    column: 'lat',
    codec: number,
    label: 'Latitude',
  },
  lon: {
    schema: nullable(z.number().min(-180).max(180)),
    column: 'lon',
    codec: number,
    label: 'Longitude',
  },
  locationBasis: {
    schema: nullable(locationBasis),
    column: 'location_basis',
    codec: oneOf(LOCATION_BASES),
    label: 'Where the coordinates come from',
    fallback: (row: CsvRow) =>
      isBlank(row.latlon_basis) ? null : locationBasisOf(row.latlon_basis),
  },
  locationNote: {
    schema: optionalText(500),
    column: 'location_note',
    codec: text,
    label: 'Location note',
    fallback: (row: CsvRow) => text.parse(row.latlon_basis),
  },
  description: {
    schema: optionalText(8000),
    column: 'description',
    codec: longText,
    label: 'Description',
    searchable: true,
    fallback: (row: CsvRow) => text.parse(row.notes),
  },
};

export const projectInput = z
  .object(shapeOf(projectFields))
  .extend({ citations })
  .superRefine((v, ctx) => {
    if (v.startedOn && v.completedOn && !isNotBefore(v.startedOn, v.completedOn)) {
      ctx.addIssue({
        code: 'custom',
        path: ['completedOn'],
        message: 'cannot be before the start',
      });
    }
    if ((v.lat === null) !== (v.lon === null)) {
      ctx.addIssue({ code: 'custom', path: ['lon'], message: 'give both latitude and longitude' });
    }
    if (v.lat !== null && v.locationBasis === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['locationBasis'],
        message: 'say where the coordinates came from',
      });
    }
  });
export type ProjectInput = z.input<typeof projectInput>;

export const projectDescriptor = defineKind({
  title: 'project',
  fields: projectFields,
  input: projectInput,
  columnOrder: ['id'],
  exportOnly: [
    { column: 'id', cell: 'number', field: 'id' },
    // Kept from the project's fact reports, never imported: the plan and what it is compared with.
    { column: 'planned_start', cell: 'date', field: 'plannedStartOn' },
    { column: 'planned_completion', cell: 'date', field: 'plannedCompletionOn' },
    { column: 'expected_completion', cell: 'date', field: 'expectedCompletionOn' },
  ],
  importOnly: ['latlon_basis', 'notes'],
});
