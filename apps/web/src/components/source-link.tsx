import type { ReactNode } from 'react';
import { GradeBadge } from './grade-badge';

/**
 * A link to a source's page on the web (or its title alone when no address is known), always with its
 * grade beside it: every place that shows a source link goes through here.
 */
export function SourceLink({
  url,
  grade,
  className = 'link',
  children,
}: {
  url: string | null;
  /** The grade in words (`gradeLabel`). */
  grade: string | null;
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
      <GradeBadge label={grade} />
    </>
  );
}
