import type { ReactNode } from 'react';
import type { SourceGrade } from '@tianshan/model';
import { SourceGradeBadge } from './source-grade-badge';

/**
 * A link to a source's page on the web (or its title alone when no address is known), always with its
 * grade beside it: every place that shows a source link goes through here.
 */
export function SourceLink({
  url,
  grade,
  className = 'text-accent underline',
  children,
}: {
  url: string | null;
  grade: SourceGrade | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <>
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer nofollow" className={className}>
          {children}
        </a>
      ) : (
        <span>{children}</span>
      )}
      <SourceGradeBadge grade={grade} />
    </>
  );
}
