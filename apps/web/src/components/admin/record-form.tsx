'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useFieldArray, useForm, type Resolver } from 'react-hook-form';
import { eventInput, indicatorInput, investmentInput, milestoneInput, projectInput, tradeReportInput } from '@tianshan/model';
import { fieldErrorsOf, messageOf, trpc } from '~/trpc/client';
import { CitationFields, type SourceOption } from './citation-fields';
import { emptyCitation, formPathOf, RECORD_FIELDS, toApiData, type FieldSpec, type FormValues } from './record-fields';

const SCHEMAS = {
  'trade-report': tradeReportInput,
  investment: investmentInput,
  project: projectInput,
  milestone: milestoneInput,
  event: eventInput,
  indicator: indicatorInput,
} as const;
export type FormKind = keyof typeof SCHEMAS;

/**
 * Validates in the browser with the same zod schema the server uses again on save, and puts each message
 * next to its field. Nothing is saved unless everything is valid.
 */
function resolverFor(kind: FormKind, fields: FieldSpec[]): Resolver<FormValues> {
  return async (values) => {
    const result = SCHEMAS[kind].safeParse(toApiData(fields, values));
    if (result.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues) {
      const path = formPathOf(fields, issue.path.join('.'));
      errors[path] ??= { type: 'validation', message: issue.message };
    }
    return { values: {}, errors: nestErrors(errors) };
  };
}

/** react-hook-form wants `citations.0.url` as nested objects. */
function nestErrors(flat: Record<string, { type: string; message: string }>) {
  const out: Record<string, unknown> = {};
  for (const [path, error] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = out;
    parts.slice(0, -1).forEach((p) => (node = (node[p] ??= /^\d+$/.test(parts[parts.indexOf(p) + 1] ?? '') ? [] : {}) as Record<string, unknown>));
    node[parts.at(-1) as string] = error;
  }
  return out as never;
}

function errorAt(errors: unknown, path: string): string | undefined {
  let node = errors as Record<string, unknown> | undefined;
  for (const p of path.split('.')) node = node?.[p] as Record<string, unknown> | undefined;
  return (node as { message?: string } | undefined)?.message;
}

export function RecordForm({
  kind,
  recordId,
  defaults,
  sources,
  returnTo,
}: {
  kind: FormKind;
  recordId?: number;
  defaults: Partial<FormValues>;
  sources: SourceOption[];
  returnTo: string;
}) {
  const router = useRouter();
  const { title, fields } = RECORD_FIELDS[kind] as { title: string; fields: FieldSpec[] };
  const form = useForm<FormValues>({
    resolver: resolverFor(kind, fields),
    defaultValues: { citations: [emptyCitation], reason: '', ...defaults } as FormValues,
  });
  // FormValues mixes an index signature with the citations array, which RHF's path types cannot express.
  const citations = useFieldArray({ control: form.control as never, name: 'citations' as never });
  const [failure, setFailure] = useState<string | null>(null);
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const data = toApiData(fields, values);
    try {
      const payload = { kind, data, reason: values.reason || undefined } as never;
      if (recordId) await trpc.records.update.mutate({ ...(payload as object), id: recordId } as never);
      else await trpc.records.create.mutate(payload);
      router.push(returnTo);
      router.refresh();
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      const entries = Object.entries(fieldErrors);
      for (const [path, messages] of entries) form.setError(formPathOf(fields, path), { message: messages[0] });
      setFailure(entries.length ? 'Some fields need attention.' : messageOf(error));
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-4" aria-label={`${recordId ? 'Edit' : 'Add'} ${title}`}>
      <div className="grid gap-4 rounded border border-line bg-white p-4 md:grid-cols-2">
        {fields.map((f) => {
          const message = errorAt(errors, f.name);
          const id = `field-${f.name}`;
          const describedBy = [f.hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
          const common = { id, 'aria-required': f.required ? true : undefined, 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy, className: 'mt-1 w-full rounded border border-line px-2 py-1' };
          return (
            <div key={f.name} className={f.type === 'textarea' || f.type === 'countries' ? 'md:col-span-2' : ''}>
              {f.type === 'countries' ? (
                <fieldset aria-describedby={describedBy}>
                  <legend className="font-semibold">
                    {f.label}
                    {f.required ? <span aria-hidden="true"> *</span> : null}
                  </legend>
                  <div className="flex flex-wrap gap-3">
                    {f.options?.map((o) => (
                      <label key={o.value} className="inline-flex items-center gap-1">
                        <input type="checkbox" value={o.value} {...form.register(f.name)} /> {o.label}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : (
                <label htmlFor={id} className="font-semibold">
                  {f.label}
                  {f.required ? <span aria-hidden="true"> *</span> : null}
                </label>
              )}
              {f.type === 'textarea' ? <textarea rows={3} {...common} {...form.register(f.name)} /> : null}
              {f.type === 'text' ? <input type="text" {...common} {...form.register(f.name)} /> : null}
              {f.type === 'number' ? <input type="text" inputMode="decimal" {...common} {...form.register(f.name)} /> : null}
              {f.type === 'select' ? (
                <select {...common} {...form.register(f.name)}>
                  {f.required ? null : <option value="">not stated</option>}
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : null}
              {f.hint ? (
                <p id={`${id}-hint`} className="text-xs text-muted">
                  {f.hint}
                </p>
              ) : null}
              {message ? (
                <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
                  {f.label}: {message}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>

      <fieldset className="space-y-3 rounded border border-line bg-white p-4">
        <legend className="px-1 font-semibold">Sources * (at least one)</legend>
        {citations.fields.map((c, index) => (
          <CitationFields key={c.id} index={index} form={form} sources={sources} errors={errors} onRemove={citations.fields.length > 1 ? () => citations.remove(index) : undefined} />
        ))}
        <button type="button" className="text-sm text-accent underline" onClick={() => citations.append(emptyCitation)}>
          Add another source
        </button>
      </fieldset>

      <label className="block">
        <span className="font-semibold">Reason for the change (optional, kept in the history)</span>
        <input type="text" className="mt-1 w-full rounded border border-line px-2 py-1" {...form.register('reason')} />
      </label>

      {failure ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {failure}
        </p>
      ) : null}
      <button type="submit" disabled={form.formState.isSubmitting} className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60">
        {form.formState.isSubmitting ? 'Saving…' : recordId ? 'Save changes' : `Add ${title}`}
      </button>
    </form>
  );
}
