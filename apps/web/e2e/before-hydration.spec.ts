import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { holdAppStart } from './support/hold-app-start';
import { PHONE } from './support/phone';

/**
 * A cached page paints before its scripts run (the app starts after the first paint). A reader who taps
 * or types in that moment must not be lost when the app starts: the native controls answer at once, and
 * hydration keeps what the reader did.
 */
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

/** The filter disclosure marks itself once its component has mounted: the page is hydrated. */
const hydrated = (page: Page) =>
  expect(page.locator('details.filter-disclosure[data-ready]')).toBeAttached();

test('a menu opened before the app starts stays open once it has started', async ({ page }) => {
  const chunks = await holdAppStart(page);
  // Not `load`: the held chunks are preloads, and the load event waits for them.
  await page.goto('/trade', { waitUntil: 'domcontentloaded' });
  const main = page.getByRole('navigation', { name: 'Main' });
  await page.locator('summary', { hasText: 'Menu' }).click();
  await expect(main.getByRole('link', { name: 'Timeline' })).toBeVisible();
  chunks.release();
  await hydrated(page);
  await expect(main.getByRole('link', { name: 'Timeline' })).toBeVisible();
});

test('filters chosen and typed before the app starts are kept and applied', async ({ page }) => {
  const chunks = await holdAppStart(page);
  await page.goto('/trade', { waitUntil: 'domcontentloaded' });
  await page.locator('summary', { hasText: /^Filters \(\d+\)/ }).click();
  const form = page.getByRole('form', { name: 'Filters' });
  await form.getByRole('checkbox', { name: 'Kyrgyzstan', exact: true }).check();
  await form.getByLabel('Year from', { exact: true }).fill('2020');
  chunks.release();
  await hydrated(page);
  await expect(form).toBeVisible();
  await expect(form.getByRole('checkbox', { name: 'Kyrgyzstan', exact: true })).toBeChecked();
  await expect(form.getByLabel('Year from', { exact: true })).toHaveValue('2020');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]country=KG&from=2020(&|$)/);
  await expect(
    page
      .getByRole('table', { name: 'Trade figures matching the filters' })
      .locator('tbody tr')
      .first(),
  ).toContainText('Kyrgyzstan');
});
