import type { ReactNode } from 'react';

/** A titled block of a page; the heading id labels the section for screen readers. */
export function Section({
  id,
  title,
  children,
  actions,
}: {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Tables scroll sideways inside their own box on a phone instead of widening the page. */
export function TableBox({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div
      className="overflow-x-auto rounded border border-line bg-white"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

// Table cells use short component classes (globals.css): a long table repeats them in every cell, once
// in the HTML and once more in the page's RSC payload.
export const th = 'cell-head';
/** A header that may break over two lines, for tables with many columns of long names. */
export const thWrap = 'cell-head-wrap';
export const td = 'cell';
export const tdNum = 'cell-num';

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded border border-dashed border-line bg-white p-6 text-center text-muted">
      {children}
    </p>
  );
}

/** `what` names the data for screen readers when a page has several downloads. */
export function DownloadCsv({ href, what }: { href: string; what?: string }) {
  return (
    <div data-export-slot>
      <a href={href} className="btn" download>
        Download CSV{what ? <span className="sr-only"> of {what}</span> : null}
      </a>
    </div>
  );
}
