'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  formDefaultsOf,
  KIND_DESCRIPTORS,
  kindAndInput,
  parseMoneyText,
  type FormField,
} from '@tianshan/model';
import { useAppStarted } from '~/components/use-app-started';
import { fieldErrorsOf, messageOf, staleEditOf, trpc, type StaleEdit } from '~/trpc/client';
import { CitationFields, type SourceOption } from './citation-fields';
import { DuplicateWarning } from './duplicate-warning';
import { MoneyInput } from './money-input';
import { StaleEditNotice } from './stale-edit-notice';
import {
  emptyCitation,
  formPathOf,
  RECORD_FIELDS,
  toApiData,
  type CitationValues,
  type FormDefaults,
  type FormKind,
  type FormValues,
} from './record-fields';

export type { FormKind } from './record-fields';

/**
 * The form's text checked with the same zod schema the server uses again on save, each message put on the
 * form field it belongs to. Nothing is saved unless everything is valid.
 */
function formSchema(kind: FormKind, fields: FormField[]) {
  return z.custom<FormValues>().superRefine((values, ctx) => {
    const seen = new Set<string>();
    // An amount that cannot be read says why, rather than the schema's "must be a number".
    for (const f of fields) {
      const typed = values.fields[f.name];
      if (f.control !== 'money' || typeof typed !== 'string' || typed.trim() === '') continue;
      const read = parseMoneyText(typed);
      if (read.ok) continue;
      seen.add(`fields.${f.name}`);
      ctx.addIssue({ code: 'custom', message: read.message, path: ['fields', f.name] });
    }
    const result = KIND_DESCRIPTORS[kind].input.safeParse(toApiData(fields, values));
    if (result.success) return;
    for (const issue of result.error.issues) {
      const path = formPathOf(fields, issue.path.join('.'));
      if (seen.has(path)) continue;
      seen.add(path);
      ctx.addIssue({ code: 'custom', message: issue.message, path: path.split('.') });
    }
  });
}

function errorAt(errors: unknown, path: string): string | undefined {
  let node = errors as Record<string, unknown> | undefined;
  for (const p of path.split('.')) node = node?.[p] as Record<string, unknown> | undefined;
  return (node as { message?: string } | undefined)?.message;
}

function initialValues(kind: FormKind, fields: FormField[], defaults: FormDefaults): FormValues {
  const values: FormValues['fields'] = {};
  const start = { ...formDefaultsOf(KIND_DESCRIPTORS[kind]), ...defaults };
  for (const f of fields) {
    const v = start[f.name];
    if (typeof v === 'string' || (Array.isArray(v) && v.every((c) => typeof c === 'string')))
      values[f.name] = v;
  }
  const citations: CitationValues[] = defaults.citations ?? [emptyCitation];
  return { fields: values, citations, reason: '' };
}

export function RecordForm({
  kind,
  editing,
  defaults,
  sources,
  returnTo,
}: {
  kind: FormKind;
  /** The record being edited, with the stored version the defaults were read at; absent when adding. */
  editing?: { id: number; version: number };
  defaults: FormDefaults;
  sources: SourceOption[];
  returnTo: string;
}) {
  const router = useRouter();
  const { title, fields } = RECORD_FIELDS[kind] ?? { title: kind, fields: [] };
  const [initial] = useState(() => initialValues(kind, fields, defaults));
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema(kind, fields)),
    defaultValues: initial,
  });
  const citations = useFieldArray({ control: form.control, name: 'citations' });
  const started = useAppStarted();
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState<StaleEdit | null>(null);
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setStale(null);
    try {
      const payload = {
        ...kindAndInput.parse({ kind, data: toApiData(fields, values) }),
        reason: values.reason || undefined,
      };
      if (editing) await trpc.records.update.mutate({ ...payload, ...editing });
      else await trpc.records.create.mutate(payload);
      router.push(returnTo);
      router.refresh();
    } catch (error) {
      const staleEdit = staleEditOf(error);
      if (staleEdit) {
        setStale(staleEdit);
        return;
      }
      const fieldErrors = fieldErrorsOf(error);
      const entries = Object.entries(fieldErrors);
      for (const [path, messages] of entries) {
        const formPath = formPathOf(fields, path);
        if (formPath === 'root') form.setError('root', { message: messages[0] });
        else form.setError(formPath as `fields.${string}`, { message: messages[0] });
      }
      setFailure(entries.length ? 'Some fields need attention.' : messageOf(error));
    }
  });

  return (
    <form
      method="post"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="space-y-4"
      aria-label={`${editing ? 'Edit' : 'Add'} ${title}`}
    >
      <div className="grid gap-4 rounded border border-line bg-white p-4 md:grid-cols-2">
        {fields.map((f) => {
          const message = errorAt(errors, `fields.${f.name}`);
          const id = `field-${f.name}`;
          const name = `fields.${f.name}` as const;
          const describedBy =
            [f.hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') ||
            undefined;
          const stored = initial.fields[f.name];
          const common = {
            id,
            // In the server's HTML too: registering a field fills it only once the app runs.
            defaultValue: typeof stored === 'string' ? stored : undefined,
            'aria-required': f.required ? true : undefined,
            'aria-invalid': message ? true : undefined,
            'aria-describedby': describedBy,
            className: 'mt-1 w-full rounded border border-line px-2 py-1',
          };
          return (
            <div
              key={f.name}
              className={
                f.control === 'textarea' || f.control === 'countries' ? 'md:col-span-2' : ''
              }
            >
              {f.control === 'countries' ? (
                <fieldset aria-describedby={describedBy}>
                  <legend className="font-semibold">
                    {f.label}
                    {f.required ? <span aria-hidden="true"> *</span> : null}
                  </legend>
                  <div className="flex flex-wrap gap-3">
                    {f.options?.map((o) => (
                      <label key={o.value} className="inline-flex items-center gap-1">
                        <input
                          type="checkbox"
                          value={o.value}
                          defaultChecked={Array.isArray(stored) && stored.includes(o.value)}
                          {...form.register(name)}
                        />{' '}
                        {o.label}
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
              {f.control === 'textarea' ? (
                <textarea rows={3} {...common} {...form.register(name)} />
              ) : null}
              {f.control === 'text' ? (
                <input type="text" {...common} {...form.register(name)} />
              ) : null}
              {f.control === 'number' ? (
                <input type="text" inputMode="decimal" {...common} {...form.register(name)} />
              ) : null}
              {f.control === 'money' ? (
                <MoneyInput form={form} name={name} inputProps={common} />
              ) : null}
              {f.control === 'select' ? (
                <select {...common} {...form.register(name)}>
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
          <CitationFields
            key={c.id}
            index={index}
            initial={c}
            form={form}
            sources={sources}
            errors={errors}
            onRemove={citations.fields.length > 1 ? () => citations.remove(index) : undefined}
          />
        ))}
        <button
          type="button"
          className="text-sm text-accent underline"
          onClick={() => citations.append(emptyCitation)}
        >
          Add another source
        </button>
      </fieldset>

      <label className="block">
        <span className="font-semibold">Reason for the change (optional, kept in the history)</span>
        <input
          type="text"
          className="mt-1 w-full rounded border border-line px-2 py-1"
          {...form.register('reason')}
        />
      </label>

      {editing ? null : <DuplicateWarning kind={kind} form={form} />}
      {stale ? <StaleEditNotice stale={stale} fields={fields} /> : null}
      {failure ? (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800"
        >
          {failure}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={!started || form.formState.isSubmitting}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {form.formState.isSubmitting ? 'Saving…' : editing ? 'Save changes' : `Add ${title}`}
      </button>
    </form>
  );
}
