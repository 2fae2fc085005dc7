'use client';

import { useState } from 'react';
import type { ImportPreview } from '@tianshan/db/import/preview';
import type { OfficialPreview } from '@tianshan/db/import/official/official-preview';
import { OfficialPreviewNotes } from './official-preview-notes';
import { OfficialSourceFields, type OfficialSourceValues } from './official-source-fields';

type Preview = ImportPreview & Partial<Pick<OfficialPreview, 'official'>>;

/** One importable kind as the import page describes it: its columns and where to get a template. */
interface KindInfo {
  kind: string;
  required: string[];
  optional: string[];
  template: string;
  /** An official database's download, read in its own layout. */
  official?: { database: string; url: string };
}

const show = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** Upload with progress (XHR reports upload progress; fetch does not), preview, then confirm. */
export function ImportForm({ kinds }: { kinds: KindInfo[] }) {
  const [kind, setKind] = useState(kinds[0]?.kind ?? 'trade-report');
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [source, setSource] = useState<OfficialSourceValues>({ query: '', retrieved: '', url: '' });
  const info = kinds.find((k) => k.kind === kind);

  const upload = (file: File) => {
    setPreview(null);
    setMessage(null);
    setProgress(0);
    setBusy(true);
    const xhr = new XMLHttpRequest();
    const params = new URLSearchParams({ kind, name: file.name });
    if (info?.official) {
      params.set('query', source.query || file.name);
      params.set('retrieved', source.retrieved);
      if (source.url) params.set('url', source.url);
    }
    xhr.open('POST', `/api/import/preview?${params.toString()}`);
    const json = info?.official && /\.json$/i.test(file.name);
    xhr.setRequestHeader('content-type', json ? 'application/json' : 'text/csv');
    xhr.upload.onprogress = (e) =>
      e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      setBusy(false);
      setProgress(null);
      const body = JSON.parse(xhr.responseText || '{}') as Preview & { error?: string };
      if (body.error) setMessage(body.error);
      else setPreview(body);
    };
    xhr.onerror = () => {
      setBusy(false);
      setMessage('The upload failed. Check your connection and try again.');
    };
    xhr.send(file);
  };

  const confirm = async () => {
    if (!preview?.importId) return;
    setBusy(true);
    const res = await fetch('/api/import/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ importId: preview.importId }),
    });
    const body = (await res.json()) as { created?: number; updated?: number; error?: string };
    setBusy(false);
    setPreview(null);
    setMessage(
      res.ok
        ? `Imported: ${body.created} added, ${body.updated} updated.`
        : (body.error ?? 'Nothing was imported.'),
    );
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4 rounded border border-line bg-white p-3">
        <label className="flex flex-col">
          <span className="font-semibold">What the file holds</span>
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            className="rounded border border-line px-2 py-1"
          >
            {kinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.official ? `${k.official.database} download` : `${k.kind.replace('-', ' ')}s`}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="font-semibold">CSV file</span>
          <input
            type="file"
            accept={info?.official ? '.csv,.json,text/csv,application/json' : '.csv,text/csv'}
            disabled={busy}
            onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
          />
        </label>
        {info?.template ? (
          <a className="text-sm text-accent underline" href={info.template}>
            Download the current data as a template
          </a>
        ) : null}
      </div>
      {info?.official ? (
        <OfficialSourceFields
          database={info.official.database}
          defaultUrl={info.official.url}
          values={source}
          onChange={setSource}
        />
      ) : null}
      {info ? (
        <p className="text-sm">
          Required columns: <code>{info.required.join(', ')}</code>.{' '}
          {info.official ? (
            'The download’s other columns are read and ignored.'
          ) : (
            <>
              Optional: <code>{info.optional.join(', ')}</code>.
            </>
          )}
        </p>
      ) : null}
      {progress !== null ? (
        <div>
          <progress max={100} value={progress} aria-label="Upload progress" className="w-full" />
          <p className="text-sm text-muted">
            {progress < 100 ? `Uploading… ${progress}%` : 'Checking every row…'}
          </p>
        </div>
      ) : null}
      {message ? (
        <p
          role="status"
          className="rounded border border-line bg-amber-50 p-2"
          data-testid="import-message"
        >
          {message}
        </p>
      ) : null}
      {preview ? (
        <section className="space-y-3" data-testid="import-preview" aria-label="Preview">
          <p>
            <strong>{preview.fileName}</strong>: {preview.counts.rows} rows —{' '}
            {preview.counts.additions} to add, {preview.counts.changes} to change,{' '}
            {preview.counts.unchanged} unchanged,{' '}
            <span className={preview.counts.invalid ? 'font-semibold text-red-700' : ''}>
              {preview.counts.invalid} invalid
            </span>
            .
          </p>
          {preview.official ? <OfficialPreviewNotes official={preview.official} /> : null}
          {preview.errors.length ? (
            <div>
              <h2 className="font-semibold text-red-800">
                Problems (fix them in the file and upload it again; nothing was imported)
              </h2>
              <ul className="ml-5 list-disc text-sm" data-testid="import-errors">
                {preview.errors.map((e, i) => (
                  <li key={i}>{e.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.changes.length ? (
            <div>
              <h2 className="font-semibold">Changes to existing records</h2>
              <ul className="ml-5 list-disc text-sm">
                {preview.changes.map((c) => (
                  <li key={c.line}>
                    line {c.line} (#{c.id}):{' '}
                    {c.fields.map((f) => `${f.field} ${show(f.from)} → ${show(f.to)}`).join('; ')}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.additions.length ? (
            <div>
              <h2 className="font-semibold">New records</h2>
              <ul className="ml-5 list-disc text-sm">
                {preview.additions.map((a) => (
                  <li key={a.line}>
                    line {a.line}: {a.summary}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.importId ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                confirm().catch(() => {
                  setBusy(false);
                  setMessage(
                    'The import could not be confirmed. Check your connection and try again.',
                  );
                });
              }}
              className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
            >
              Confirm the import
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
