import type { ReactNode } from 'react';
import { DownloadCsv } from '~/components/ui/section';
import type { RawSearchParams } from '~/filters/parsers';
import type { IgnoredParam } from '~/filters/read-params';
import { activeFilterCount, downloadHref, type ViewName } from '~/filters/view-links';
import { FilterForm } from './filter-form';
import { IgnoredFilters } from './ignored-filters';

type ListView = 'trade' | 'investments' | 'projects' | 'timeline' | 'sources' | 'coverage';

/**
 * The top of a list view: its title with the download of what it shows (and any other actions), a line
 * on what it lists, what the address asked for that was ignored, and the filters (`children`), whose
 * form, reset link and count all follow from the view's name and query string.
 */
export function ListPageHeader({
  view,
  raw,
  title,
  ignored,
  intro,
  actions,
  downloadWhat,
  children,
}: {
  view: ListView & ViewName;
  raw: RawSearchParams;
  title: string;
  ignored: IgnoredParam[];
  intro?: ReactNode;
  /** Beside the download: links to other views or to an editor's form. */
  actions?: ReactNode;
  downloadWhat?: string;
  children: ReactNode;
}) {
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-3xl font-semibold">{title}</h1>
        <div className="flex gap-3">
          {actions}
          <DownloadCsv href={downloadHref(view, raw)} what={downloadWhat} />
        </div>
      </div>
      {intro}
      <IgnoredFilters ignored={ignored} />
      <FilterForm action={`/${view}`} resetHref={`/${view}`} active={activeFilterCount(view, raw)}>
        {children}
      </FilterForm>
    </>
  );
}
