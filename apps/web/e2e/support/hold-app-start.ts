import type { Page } from '@playwright/test';

/**
 * Holds back the app's JavaScript chunks until `release()`, so a test can act on the server-rendered page
 * before hydration, as a reader on a slow phone does in the moment after the first paint. Every chunk
 * request waits for the release, not for a time.
 */
export async function holdAppStart(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}
