import { z } from 'zod';
import { countryCode, EVENT_KINDS, eventKind } from '../enums';
import { eventKindOf } from '../classify';
import { countryList, oneOf } from './codecs';
import { defineKind, shapeOf } from './descriptor';
import { partialDateField, whatHappenedField } from './shared-fields';
import { citations } from './source';

const eventFields = {
  countries: {
    schema: z.array(countryCode).min(1, 'choose at least one country').max(5),
    column: 'country_iso2',
    codec: countryList,
    label: 'Countries',
    required: true,
  },
  date: partialDateField('date', 'Date'),
  kind: {
    schema: eventKind,
    column: 'kind',
    codec: oneOf(EVENT_KINDS, { classify: eventKindOf }),
    label: 'Kind',
    required: true,
    columnOptional: true,
    fallback: () => 'other',
  },
  description: whatHappenedField,
};

export const eventInput = z.object(shapeOf(eventFields)).extend({ citations });
export type EventInput = z.input<typeof eventInput>;

export const eventDescriptor = defineKind({
  title: 'relationship event',
  fields: eventFields,
  input: eventInput,
  columnOrder: ['id'],
  exportOnly: [{ column: 'id', cell: 'number', field: 'id' }],
});
