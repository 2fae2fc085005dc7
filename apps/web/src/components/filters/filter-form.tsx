import Link from 'next/link';
import type { ReactNode } from 'react';
import { FilterDisclosure } from './filter-disclosure';

/**
 * Filters as a plain GET form: works without JavaScript, every control is labelled and reachable by
 * keyboard, and submitting puts the filters in the URL — which is what the page and its CSV read. The
 * form sits in a "Filters (N)" disclosure (`active`: how many filters the URL applies), closed on a phone.
 */
export function FilterForm({
  action,
  children,
  resetHref,
  active,
}: {
  action: string;
  children: ReactNode;
  resetHref: string;
  active?: number;
}) {
  return (
    <FilterDisclosure active={active}>
      <form
        method="get"
        action={action}
        className="flex flex-wrap items-end gap-4 border-t border-line p-3"
        aria-label="Filters"
      >
        {children}
        <div className="flex gap-2">
          <button
            type="submit"
            className="rounded bg-accent px-3 py-1.5 font-medium text-white hover:bg-blue-800"
          >
            Apply filters
          </button>
          <Link
            href={resetHref}
            className="rounded border border-line px-3 py-1.5 text-ink hover:bg-slate-100"
          >
            Reset
          </Link>
        </div>
      </form>
    </FilterDisclosure>
  );
}

export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className="flex max-w-md flex-wrap gap-x-3 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="check">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function TextField({
  label,
  name,
  value,
  type = 'text',
  placeholder,
  size = 20,
}: {
  label: string;
  name: string;
  value?: string | number | null;
  type?: string;
  placeholder?: string;
  size?: number;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <input
        type={type}
        name={name}
        defaultValue={value ?? ''}
        placeholder={placeholder}
        size={size}
        className="rounded border border-line px-2 py-1"
      />
    </label>
  );
}

export function SelectField({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={value} className="rounded border border-line px-2 py-1">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export { label } from './label';
