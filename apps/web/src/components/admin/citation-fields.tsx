'use client';

import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { sourceDescriptor } from '@tianshan/model';
import type { CitationValues, FormValues } from './record-fields';

export interface SourceOption {
  id: number;
  label: string;
}

function messageAt(
  errors: FieldErrors<FormValues>,
  index: number,
  field: string,
): string | undefined {
  const c = errors.citations?.[index] as
    Record<string, { message?: string } | undefined> | undefined;
  return c?.[field]?.message;
}

const CITATION_MODES: [CitationValues['mode'], string][] = [
  ['existing', 'An existing source'],
  ['new', 'A new source'],
];

/** The grade's choices and wording come from the source kind's descriptor, like every form field. */
const gradeField = sourceDescriptor.fields.grade;

/**
 * One citation: an existing source from the list, or a new source described here. `initial` is also
 * written into the server's HTML (registering a field fills it only once the app runs).
 */
export function CitationFields({
  index,
  initial,
  form,
  sources,
  errors,
  onRemove,
}: {
  index: number;
  initial: CitationValues;
  form: UseFormReturn<FormValues>;
  sources: SourceOption[];
  errors: FieldErrors<FormValues>;
  onRemove?: () => void;
}) {
  const mode = form.watch(`citations.${index}.mode`);
  const input = 'mt-1 w-full rounded border border-line px-2 py-1';
  const error = (field: string) => {
    const m = messageAt(errors, index, field);
    return m ? (
      <p role="alert" className="text-sm text-red-700">
        {m}
      </p>
    ) : null;
  };
  return (
    <div
      className="space-y-2 rounded border border-dashed border-line p-3"
      data-testid={`citation-${index}`}
    >
      <div className="flex flex-wrap gap-4 text-sm">
        {CITATION_MODES.map(([mode, label]) => (
          <label key={mode} className="inline-flex items-center gap-1">
            <input
              type="radio"
              value={mode}
              defaultChecked={initial.mode === mode}
              {...form.register(`citations.${index}.mode`)}
            />{' '}
            {label}
          </label>
        ))}
        {onRemove ? (
          <button type="button" className="ml-auto text-accent underline" onClick={onRemove}>
            Remove this source
          </button>
        ) : null}
      </div>
      {mode === 'existing' ? (
        <label className="block">
          <span className="font-semibold">Source</span>
          <select
            className={input}
            defaultValue={initial.sourceId}
            {...form.register(`citations.${index}.sourceId`)}
          >
            <option value="">choose a source…</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
          {error('sourceId')}
        </label>
      ) : (
        <div className="grid gap-2 md:grid-cols-2">
          <label className="block md:col-span-2">
            <span className="font-semibold">Source title</span>
            <input
              type="text"
              className={input}
              defaultValue={initial.title}
              {...form.register(`citations.${index}.title`)}
            />
            {error('title')}
          </label>
          <label className="block">
            <span className="font-semibold">Publisher</span>
            <input
              type="text"
              className={input}
              defaultValue={initial.publisher}
              {...form.register(`citations.${index}.publisher`)}
            />
            {error('publisher')}
          </label>
          <label className="block">
            <span className="font-semibold">Source date</span>
            <input
              type="text"
              placeholder="YYYY[-MM[-DD]]"
              className={input}
              defaultValue={initial.publishedOn}
              {...form.register(`citations.${index}.publishedOn`)}
            />
            {error('publishedOn')}
          </label>
          <div>
            <label className="block" htmlFor={`citations-${index}-grade`}>
              <span className="font-semibold">Source {gradeField.label.toLowerCase()}</span>
            </label>
            <select
              id={`citations-${index}-grade`}
              className={input}
              aria-describedby={`citations-${index}-grade-hint`}
              defaultValue={initial.grade}
              {...form.register(`citations.${index}.grade`)}
            >
              <option value="">from the publisher and address</option>
              {gradeField.codec.options?.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <p id={`citations-${index}-grade-hint`} className="text-xs text-muted">
              {gradeField.hint}
            </p>
            {error('grade')}
          </div>
          <label className="block md:col-span-2">
            <span className="font-semibold">Source web address</span>
            <input
              type="url"
              placeholder="https://…"
              className={input}
              defaultValue={initial.url}
              {...form.register(`citations.${index}.url`)}
            />
            {error('url')}
          </label>
        </div>
      )}
      <label className="block">
        <span className="text-sm">Quote or page (optional)</span>
        <input
          type="text"
          className={input}
          defaultValue={initial.quote}
          {...form.register(`citations.${index}.quote`)}
        />
      </label>
    </div>
  );
}
