import type { Page } from '@playwright/test';

/**
 * Holds back the app's JavaScript chunks until `release()`, so a test can act on the server-rendered page
 * before hydration, as a reader on a slow phone does in the moment after the first paint. Every chunk
 * request waits for the release, not for a time.
 */
export async function holdAppStart(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: the stylesheets live in the same folder, and holding them would hold the first paint.
  const isChunk = (url: URL) =>
    url.pathname.startsWith('/_next/static/chunks/') && url.pathname.endsWith('.js');
  await page.route(isChunk, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}
