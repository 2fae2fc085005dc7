import Link from 'next/link';
import { COUNTRIES } from '@tianshan/model';
import { SiteMenu } from './site-menu';
import { UserMenu } from './user-menu';

const SECTIONS = [
  { href: '/', label: 'Overview' },
  { href: '/trade', label: 'Trade' },
  { href: '/investments', label: 'Investments' },
  { href: '/projects', label: 'Projects' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/sources', label: 'Sources' },
];

/**
 * On a phone the links fold behind a "Menu" toggle (`SiteMenu`), so the header is one line and the first
 * screen is the page's own. From 48rem the stylesheet hides the toggle and always shows the links.
 */
export function SiteHeader() {
  return (
    <header className="relative border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-6 px-4 py-2 md:py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-ink">
          Tianshan
          <span className="ml-2 hidden text-sm font-normal text-muted sm:inline">
            China–Central Asia cooperation
          </span>
        </Link>
        <SiteMenu>
          <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
            {SECTIONS.map((s) => (
              <Link key={s.href} href={s.href} className="text-accent hover:underline">
                {s.label}
              </Link>
            ))}
          </nav>
          <nav aria-label="Countries" className="flex flex-wrap gap-x-3 gap-y-2 text-sm">
            {COUNTRIES.map((c) => (
              <Link
                key={c.code}
                href={`/countries/${c.slug}`}
                className="text-muted hover:text-accent hover:underline"
              >
                {c.name}
              </Link>
            ))}
          </nav>
          <UserMenu />
        </SiteMenu>
      </div>
    </header>
  );
}
