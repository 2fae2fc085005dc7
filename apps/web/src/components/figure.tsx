import { formatUsd } from '@tianshan/model';
import type { SourceRefView } from './citation';
import { qualified } from './qualified';
import { ReportedValue } from './reported-value';

/** A number with its qualifier and its sources one click away (see ReportedValue). */
export function Figure({
  usd,
  qualifier,
  sources,
  label,
}: {
  usd: number | null;
  qualifier: string;
  sources: SourceRefView[];
  label?: string;
}) {
  if (usd === null) return <span className="text-muted">not stated</span>;
  return (
    <ReportedValue text={qualified(qualifier, formatUsd(usd))} label={label} sources={sources} />
  );
}
