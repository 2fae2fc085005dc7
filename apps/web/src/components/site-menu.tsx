'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The header's links behind a "Menu" toggle on a phone (a native <details>, so it works without
 * JavaScript). The header outlives client-side navigation, so the menu closes itself when the page changes
 * rather than covering the page just opened.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  // Closed on a change of page only, never on mount: a reader may have opened it before hydration (the
  // browser toggles a <details> natively), and a cached page starts its scripts only after the paint.
  const shownFor = useRef(pathname);
  useEffect(() => {
    if (shownFor.current === pathname) return;
    shownFor.current = pathname;
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className="site-menu ml-auto md:ml-0 md:flex-1">
      <summary className="cursor-pointer list-none rounded border border-line px-3 py-1 text-sm font-medium md:hidden">
        <span aria-hidden="true">☰ </span>Menu
      </summary>
      <div className="absolute inset-x-0 top-full z-30 flex flex-col gap-3 border-b border-line bg-white px-4 py-3 shadow-md md:static md:flex-row md:flex-wrap md:items-center md:gap-x-6 md:gap-y-2 md:border-0 md:p-0 md:shadow-none">
        {children}
      </div>
    </details>
  );
}
