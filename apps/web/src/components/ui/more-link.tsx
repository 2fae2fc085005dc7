import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * Where a page shows the first rows of something only: the link to the list view that holds them all,
 * filtered the same way, and pages through them.
 */
export function MoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="text-sm">
      <Link className="link" href={href}>
        {children}
      </Link>
    </p>
  );
}
