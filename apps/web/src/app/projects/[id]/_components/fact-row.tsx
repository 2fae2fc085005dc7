import type { ReactNode } from 'react';

/** One line of the project's facts: its name and what is known of it. */
export function FactRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 border-b border-line py-2 text-sm">
      <dt className="font-semibold text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
