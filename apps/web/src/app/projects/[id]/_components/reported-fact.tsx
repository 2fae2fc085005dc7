import type { RouterOutputs } from '@tianshan/api';
import { formatPartialDate, formatUsd, precisionOf } from '@tianshan/model';
import { label } from '~/components/filters/filter-form';
import { qualified } from '~/components/qualified';
import { ReportedValue } from '~/components/reported-value';

type FactView = RouterOutputs['projects']['byId']['facts'][number];
type Report = NonNullable<FactView['shown']>;

const BECAUSE: Record<FactView['shownBecause'], string | undefined> = {
  'editor-choice': 'chosen by an editor',
  'project-record': 'what the project records (an editor may prefer another report)',
  'first-reported': 'the plan as first reported; later restatements are listed here',
  'only-report': undefined,
};

const dated = (d: string) =>
  `${formatPartialDate(d)}${precisionOf(d) === 'year' ? ' (year only)' : ''}`;

/** A report's value in words, at the precision and with the qualifier its source gave. */
export function reportText(r: Report): string {
  if (r.fact === 'value')
    return r.valueUsd === null ? 'not stated' : qualified(r.qualifier, formatUsd(r.valueUsd));
  if (r.fact === 'status') return r.status ? label(r.status) : 'not stated';
  if (r.date) return qualified(r.qualifier, dated(r.date));
  return r.statedAs ? `“${r.statedAs}”` : 'not stated';
}

function Detail({ report }: { report: Report }) {
  // A date stated only as a span of time is shown in its own words already.
  const wordingIsText = report.fact !== 'value' && report.fact !== 'status' && !report.date;
  const wording = report.statedAs && !wordingIsText;
  const kind = report.fact === 'value' && report.valueKind ? label(report.valueKind) : null;
  if (!wording && !kind && !report.notes) return null;
  return (
    <>
      {kind ? <span className="block">{kind}</span> : null}
      {wording ? <span className="block">As stated: “{report.statedAs}”</span> : null}
      {report.notes ? <span className="block">{report.notes}</span> : null}
    </>
  );
}

/** One fact of a project: the report shown with its sources, and "+N" for the other reports. */
export function ReportedFact({ view, term }: { view: FactView; term: string }) {
  const shown = view.shown;
  if (!shown) return <span className="text-muted">not stated</span>;
  return (
    <ReportedValue
      text={reportText(shown)}
      label={term}
      sources={shown.sources}
      detail={shown.id === 0 ? undefined : <Detail report={shown} />}
      others={view.others.map((o) => ({
        id: o.id,
        text: reportText(o),
        sources: o.sources,
        detail: <Detail report={o} />,
      }))}
      othersHeading="Other reports of this fact"
      because={BECAUSE[view.shownBecause]}
    />
  );
}
