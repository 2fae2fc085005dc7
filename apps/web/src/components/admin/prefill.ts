import {
  formToInput,
  KIND_DESCRIPTORS,
  type FormField,
  type KindDescriptor,
} from '@tianshan/model';
import type { FormKind } from './record-fields';

/**
 * Fields a link may fill in before an editor adds a record: where the record belongs (a country, a year, a
 * period, whose statistics, a project and which of its facts), never a figure or a note. A value is kept
 * only when it is valid for its field, so a hand-edited link cannot start the form in a state the form
 * itself would refuse.
 */
const PREFILLABLE = new Set(['scope', 'year', 'period', 'reporter', 'projectId', 'fact']);

export function prefillFromQuery(
  kind: FormKind,
  fields: readonly FormField[],
  query: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, string> {
  const specs: KindDescriptor['fields'] = KIND_DESCRIPTORS[kind].fields;
  const defaults: Record<string, string> = {};
  for (const field of fields) {
    const raw = query[field.name];
    const spec = specs[field.name];
    if (!PREFILLABLE.has(field.name) || typeof raw !== 'string' || !spec) continue;
    const value = raw.trim().slice(0, 40);
    const parsed = formToInput([field], { [field.name]: value })[field.name];
    if (value !== '' && spec.schema.safeParse(parsed).success) defaults[field.name] = value;
  }
  return defaults;
}
