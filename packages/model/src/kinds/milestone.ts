import { z } from 'zod';
import { MILESTONE_KINDS, milestoneKind } from '../enums';
import { milestoneKindOf } from '../classify';
import { number, oneOf } from './codecs';
import { defineKind, shapeOf, type CsvRow } from './descriptor';
import { partialDateField, whatHappenedField } from './shared-fields';
import { citations } from './source';

const milestoneFields = {
  // An import may name the project instead (`project_name`); the database looks its id up.
  projectId: {
    schema: z.number().int().positive(),
    column: 'project_id',
    codec: number,
    label: 'Project id',
    required: true,
    columnOptional: true,
  },
  date: partialDateField('date', 'Date'),
  kind: {
    schema: milestoneKind,
    column: 'kind',
    codec: oneOf(MILESTONE_KINDS),
    label: 'Kind',
    required: true,
    columnOptional: true,
    // The starter file has no kind: it is read from what happened.
    fallback: (row: CsvRow) => milestoneKindOf(row.event ?? ''),
  },
  description: whatHappenedField,
};

export const milestoneInput = z.object(shapeOf(milestoneFields)).extend({ citations });
export type MilestoneInput = z.input<typeof milestoneInput>;

export const milestoneDescriptor = defineKind({
  title: 'milestone',
  fields: milestoneFields,
  input: milestoneInput,
  columnOrder: ['id', 'projectId', 'project_name'],
  exportOnly: [
    { column: 'id', cell: 'number', field: 'id' },
    { column: 'project_name', cell: 'text' },
  ],
});
