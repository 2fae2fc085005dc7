import Link from 'next/link';
import { LISTED_KINDS, type ListedKind } from '@tianshan/model';

const plural = (title: string) => (title.endsWith('s') ? title : `${title}s`);

/** A link to every kind's list, so an editor reaches any record without typing a URL. */
export function KindNav({ current }: { current?: ListedKind }) {
  return (
    <nav aria-label="Record lists" className="flex flex-wrap gap-2 text-sm">
      {Object.entries(LISTED_KINDS).map(([kind, d]) => (
        <Link
          key={kind}
          href={`/admin/records/${kind}`}
          aria-current={kind === current ? 'page' : undefined}
          className={`rounded border px-3 py-1 ${kind === current ? 'border-accent bg-accent text-white' : 'border-line bg-white text-accent hover:border-accent'}`}
        >
          {plural(d.title[0]?.toUpperCase() + d.title.slice(1))}
        </Link>
      ))}
    </nav>
  );
}
