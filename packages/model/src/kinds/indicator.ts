import { z } from 'zod';
import { decimalText as decimalSchema } from '../money';
import { decimalText, text } from './codecs';
import { defineKind, shapeOf } from './descriptor';
import { notesField, partialDateField, qualifierField, scopeField } from './shared-fields';
import { citations } from './source';
import { requiredText } from './zod-text';

const indicatorFields = {
  scope: scopeField,
  asOf: partialDateField('as_of', 'As of'),
  metric: {
    schema: requiredText(300),
    column: 'metric',
    codec: text,
    label: 'Metric',
    required: true,
    searchable: true,
  },
  value: {
    schema: decimalSchema,
    column: 'value',
    codec: decimalText,
    label: 'Value',
    hint: 'plain decimal, e.g. 565.8',
    required: true,
  },
  unit: { schema: requiredText(50), column: 'unit', codec: text, label: 'Unit', required: true },
  qualifier: qualifierField,
  notes: notesField,
};

export const indicatorInput = z.object(shapeOf(indicatorFields)).extend({ citations });
export type IndicatorInput = z.input<typeof indicatorInput>;

export const indicatorDescriptor = defineKind({
  title: 'indicator',
  fields: indicatorFields,
  input: indicatorInput,
  columnOrder: ['id'],
  exportOnly: [{ column: 'id', cell: 'number', field: 'id' }],
});
