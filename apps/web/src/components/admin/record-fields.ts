import {
  formFieldsOf,
  formToInput,
  KIND_DESCRIPTORS,
  titleWithArticle,
  type DescribedKind,
  type FormField,
} from '@tianshan/model';

export type FormKind = DescribedKind;

/** The admin form of each record kind, from the kind's descriptor. */
export const RECORD_FIELDS: Record<string, { title: string; aTitle: string; fields: FormField[] }> =
  Object.fromEntries(
    Object.entries(KIND_DESCRIPTORS).map(([kind, d]) => [
      kind,
      { title: d.title, aTitle: titleWithArticle(d), fields: formFieldsOf(d) },
    ]),
  );

export interface CitationValues {
  mode: 'existing' | 'new';
  sourceId: string;
  title: string;
  publisher: string;
  url: string;
  publishedOn: string;
  /** Blank: read from the publisher and the address when saved. */
  grade: string;
  quote: string;
}

/** The form's own fields sit apart from the citations, so each part keeps its type. */
export interface FormValues {
  fields: Record<string, string | string[]>;
  citations: CitationValues[];
  reason: string;
}

/** What a page may start the form with: field values by name, and the record's citations. */
export type FormDefaults = { [field: string]: string | string[] | CitationValues[] | undefined } & {
  citations?: CitationValues[];
};

export const emptyCitation: CitationValues = {
  mode: 'new',
  sourceId: '',
  title: '',
  publisher: '',
  url: '',
  publishedOn: '',
  grade: '',
  quote: '',
};

/** Form strings → the API's shapes: blank is "not stated" (null), numbers are numbers. */
export function toApiData(fields: FormField[], values: FormValues): Record<string, unknown> {
  return {
    ...formToInput(fields, values.fields),
    citations: values.citations.map((c) =>
      c.mode === 'existing'
        ? { sourceId: c.sourceId ? Number(c.sourceId) : undefined, quote: c.quote || null }
        : {
            newSource: {
              title: c.title,
              publisher: c.publisher || null,
              url: c.url || null,
              publishedOn: c.publishedOn || null,
              grade: c.grade || null,
            },
            quote: c.quote || null,
          },
    ),
  };
}

/** An API field path → the form field that shows its message. */
export function formPathOf(fields: FormField[], apiPath: string): string {
  const path = apiPath.replace(/^data\./, '');
  const field = fields.find((f) => f.name === path.split('.')[0]);
  if (field) return `fields.${field.name}`;
  const citation = /^citations\.(\d+)\.(?:newSource\.)?(\w+)/.exec(path);
  if (citation) return `citations.${citation[1]}.${citation[2]}`;
  if (path === 'citations') return 'citations.0.title';
  return 'root';
}
