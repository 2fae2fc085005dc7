import type { OfficialPreview } from '@tianshan/db/import/official/official-preview';

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

/** What the preview of an official download adds: what was read, what was left out, what disagrees. */
export function OfficialPreviewNotes({ official }: { official: OfficialPreview['official'] }) {
  return (
    <div className="space-y-2 text-sm" data-testid="import-official">
      <p>
        {official.database}: {official.rowsRead} rows read → {official.figures} trade reports
        {official.source ? (
          <>
            , cited as <q>{official.source.title}</q> (retrieved {official.source.accessedOn})
          </>
        ) : null}
        .
      </p>
      {official.skipped.length ? (
        <ul className="ml-5 list-disc">
          {official.skipped.map((s) => (
            <li key={s.reason}>
              Left out: {s.count} {s.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {official.disagreements.length ? (
        <div>
          <h2 className="font-semibold text-amber-800">
            Official figures that disagree with reports already stored
          </h2>
          <ul className="ml-5 list-disc" data-testid="import-disagreements">
            {official.disagreements.map((d) => (
              <li key={`${d.line}-${d.field}-${d.recordId}`}>
                line {d.line}, {d.figure}, {d.field}: {usd(d.official)} here, {usd(d.stored)} (
                {d.qualifier}) in #{d.recordId}, {d.source}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
