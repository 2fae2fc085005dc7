import { z } from 'zod';
import { countryCode, EVENT_KINDS, eventKind } from '../enums';
import { eventKindOf } from '../classify';
import { countryList, longText, oneOf } from './codecs';
import { defineKind, shapeOf } from './descriptor';
import { partialDateField } from './shared-fields';
import { citations } from './source';
import { requiredText } from './zod-text';

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
  description: {
    schema: requiredText(2000),
    column: 'event',
    codec: longText,
    label: 'What happened',
    required: true,
    searchable: true,
  },
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
