import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '~/components/site-header';
import { YieldBeforeHydration } from '~/components/yield-before-hydration';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tianshan — China–Central Asia cooperation', template: '%s · Tianshan' },
  description:
    'Trade, Chinese investment and cooperation projects between China and Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan — every figure with its source.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans antialiased">
        <YieldBeforeHydration />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 py-8 text-xs text-muted">
          Every figure links to its source. Figures from different reporters are shown side by side,
          never blended.
        </footer>
      </body>
    </html>
  );
}
