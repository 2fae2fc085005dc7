import { z } from 'zod';
import { statusOf } from '../classify';
import {
  DATE_FACTS,
  PROJECT_FACT_LABELS,
  PROJECT_FACTS,
  PROJECT_STATUSES,
  PROJECT_VALUE_KINDS,
  projectFact,
  projectStatus,
  projectValueKind,
  type ProjectFact,
} from '../enums';
import { usdAmount } from '../money';
import { partialDate } from '../partial-date-schema';
import { money, number, oneOf, partialDateText, text } from './codecs';
import { defineKind, shapeOf } from './descriptor';
import { DATE_HINT, notesField, qualifierField, USD_HINT } from './shared-fields';
import { citations } from './source';
import { nullable, optionalText } from './zod-text';

const isFact = (v: string): v is ProjectFact => (PROJECT_FACTS as readonly string[]).includes(v);
export const isDateFact = (fact: ProjectFact) => (DATE_FACTS as readonly string[]).includes(fact);

const projectFactFields = {
  // An import may name the project instead (`project_name`), as milestones do.
  projectId: {
    schema: z.number().int().positive(),
    column: 'project_id',
    codec: number,
    label: 'Project id',
    required: true,
    columnOptional: true,
  },
  fact: {
    schema: projectFact,
    column: 'fact',
    codec: oneOf(PROJECT_FACTS, { label: (f) => (isFact(f) ? PROJECT_FACT_LABELS[f] : f) }),
    label: 'Which fact it reports',
    required: true,
    sortable: true,
  },
  valueUsd: {
    schema: nullable(usdAmount),
    column: 'value_usd',
    codec: money,
    label: 'Value (USD)',
    hint: `${USD_HINT}; only for a value`,
    sortable: true,
  },
  valueKind: {
    schema: nullable(projectValueKind),
    column: 'value_kind',
    codec: oneOf(PROJECT_VALUE_KINDS),
    label: 'What the value is',
  },
  status: {
    schema: nullable(projectStatus),
    column: 'status',
    codec: oneOf(PROJECT_STATUSES, { classify: statusOf }),
    label: 'Status',
    hint: 'only for a status',
  },
  date: {
    schema: nullable(partialDate),
    column: 'date',
    codec: partialDateText,
    label: 'Date',
    hint: `${DATE_HINT}; only for a start or completion`,
    sortable: true,
  },
  qualifier: qualifierField,
  statedAs: {
    schema: optionalText(300),
    column: 'stated_as',
    codec: text,
    label: 'As the source words it',
    hint: 'e.g. “up to $8 bn”, “about six years of construction”',
    searchable: true,
  },
  notes: notesField,
};

type FactChecked = {
  fact: ProjectFact;
  valueUsd: number | null;
  status: string | null;
  date: string | null;
  statedAs: string | null;
};

/** Each report carries the one thing its fact is; a date stated only as a span keeps its wording. */
function factChecks(v: FactChecked, ctx: z.RefinementCtx) {
  const wants = {
    valueUsd: v.fact === 'value',
    status: v.fact === 'status',
    date: isDateFact(v.fact),
  };
  for (const field of ['valueUsd', 'status', 'date'] as const) {
    if (!wants[field] && v[field] !== null)
      ctx.addIssue({ code: 'custom', path: [field], message: `leave blank for ${v.fact}` });
  }
  if (wants.valueUsd && v.valueUsd === null)
    ctx.addIssue({ code: 'custom', path: ['valueUsd'], message: 'a value report needs the value' });
  if (wants.status && v.status === null)
    ctx.addIssue({ code: 'custom', path: ['status'], message: 'a status report needs the status' });
  if (wants.date && v.date === null && v.statedAs === null)
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: 'give the date, or the wording when the source states no date',
    });
}

export const projectFactInput = z
  .object(shapeOf(projectFactFields))
  .extend({ citations })
  .superRefine(factChecks);
export type ProjectFactInput = z.input<typeof projectFactInput>;

/** One cited report of one fact of a project: its value, status, or a planned or actual date. */
export const projectFactDescriptor = defineKind({
  title: 'project fact report',
  fields: projectFactFields,
  input: projectFactInput,
  columnOrder: ['id', 'projectId', 'project_name', 'fact'],
  exportOnly: [
    { column: 'id', cell: 'number', field: 'id' },
    { column: 'project_name', cell: 'text' },
    { column: 'preferred', cell: 'text' },
  ],
});
