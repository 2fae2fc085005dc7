import { inputToForm, type FormField } from '@tianshan/model';
import type { FormDefaults } from './record-fields';

/** A stored record → the form's strings (basis points back to a percentage, null to blank). */
export function formDefaults(
  fields: FormField[],
  record: Record<string, unknown>,
  citations: { sourceId: number; quote: string | null }[],
): FormDefaults {
  return {
    ...inputToForm(fields, record),
    citations: citations.map((c) => ({
      mode: 'existing',
      sourceId: String(c.sourceId),
      title: '',
      publisher: '',
      url: '',
      publishedOn: '',
      grade: '',
      quote: c.quote ?? '',
    })),
  };
}
