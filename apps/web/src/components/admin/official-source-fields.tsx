'use client';

/** What the editor says about an official download: it becomes the one source every imported figure cites. */
export interface OfficialSourceValues {
  query: string;
  retrieved: string;
  url: string;
}

export function OfficialSourceFields({
  database,
  defaultUrl,
  values,
  onChange,
}: {
  database: string;
  defaultUrl: string;
  values: OfficialSourceValues;
  onChange: (values: OfficialSourceValues) => void;
}) {
  const set = (field: keyof OfficialSourceValues) => (e: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...values, [field]: e.target.value });
  return (
    <fieldset className="flex flex-wrap items-end gap-4 rounded border border-line bg-white p-3">
      <legend className="px-1 text-sm font-semibold">Source: {database}</legend>
      <label className="flex flex-col">
        <span className="font-semibold">Query or file name</span>
        <input
          value={values.query}
          onChange={set('query')}
          placeholder="e.g. C/A/HS, China → Kazakhstan, TOTAL, 2015–2024"
          className="w-96 rounded border border-line px-2 py-1"
        />
      </label>
      <label className="flex flex-col">
        <span className="font-semibold">Retrieved on</span>
        <input
          type="date"
          value={values.retrieved}
          onChange={set('retrieved')}
          className="rounded border border-line px-2 py-1"
        />
      </label>
      <label className="flex flex-col">
        <span className="font-semibold">Database address</span>
        <input
          value={values.url}
          onChange={set('url')}
          placeholder={defaultUrl}
          className="w-72 rounded border border-line px-2 py-1"
        />
      </label>
    </fieldset>
  );
}
