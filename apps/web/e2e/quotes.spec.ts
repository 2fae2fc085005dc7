import { expect, test } from './support/fixtures';

// Seeded additions that nobody edits: bne IntelliNews' weekly monitor, one page cited for several figures.
const MONITOR = "China's trade surplus with Central Asia grows in 2025";
const KG_QUOTE =
  '“Trade turnover with Kyrgyzstan saw the largest spike, rising from $17.4bn to $23.6bn.”';

test('a source page shows, under each record citing it, the words quoted from the page', async ({
  page,
}) => {
  await page.goto('/sources?q=intellinews.com%2Fchina-s-trade-surplus');
  await page.getByRole('link', { name: new RegExp(MONITOR) }).click();
  // The publication date is approximate on the page and is shown as stated.
  const header = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
  await expect(header).toContainText('c.2025-12');
  await expect(page.getByRole('heading', { name: /^Trade reports \(\d+\)$/ })).toBeVisible();
  const quotes = page.getByTestId('cited-quote');
  await expect(quotes.filter({ hasText: KG_QUOTE }).first()).toBeVisible();
  // Different records quote different words from the same page.
  const texts = new Set(await quotes.allTextContents());
  expect(texts.size).toBeGreaterThan(1);
});

test("a trade figure's sources show its quote in quotation marks", async ({ page }) => {
  await page.goto('/trade?country=KG&from=2025&to=2025');
  const figure = page.getByTestId('trade-KG-2025-Jan-Oct-CN');
  await figure.locator('summary').click();
  await expect(figure.getByTestId('cited-quote')).toHaveText(KG_QUOTE);
});
