import type { Page } from '@playwright/test';
import { readCsvText } from '@tianshan/csv/read';
import { bringIntoView } from './support/charts';
import { expect, test } from './support/fixtures';
import { expectFitsPhoneAndPassesAxe, PHONE } from './support/phone';

/**
 * The density table lists years; its quarters are one press away (a keyboard reader's way to them). A
 * press before the page is hydrated does nothing, so it is pressed again until the table answers.
 */
async function showQuarters(page: Page) {
  const toggle = page.getByRole('button', { name: 'Table by quarter' });
  await expect(async () => {
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') {
      await toggle.focus();
      await page.keyboard.press('Enter');
    }
    await expect(toggle).toHaveAttribute('aria-pressed', 'true', { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await expect(
    page.locator('table[data-chart-table="timeline-density"] tbody tr').first(),
  ).toHaveAttribute('data-segment', /./);
}

test('the density chart draws a segment per row of its table, and a segment filters the list', async ({
  page,
}) => {
  await page.goto('/timeline');
  const table = page.locator('table[data-chart-table="timeline-density"]');
  const rows = table.locator('tbody tr');
  const segments = page.locator('[data-chart="timeline-density"] [data-density-segment]');
  const listed = Number(
    ((await page.getByTestId('timeline-count').textContent()) ?? '').match(/^(\d+)/)?.[1],
  );
  const sum = async () =>
    (
      await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.lastElementChild?.textContent)))
    ).reduce((a, b) => a + b, 0);
  // The page's table has a row per year and kind; the counts add up to the list (the seed is far below
  // the list's cap), and so do the quarters' rows once asked for.
  await expect(rows.first()).toHaveAttribute('data-year', /^\d{4}\|/);
  expect(await sum()).toBe(listed);
  await showQuarters(page);
  await bringIntoView(page.getByTestId('timeline-density'));
  await expect(segments).toHaveCount(await rows.count(), { timeout: 90_000 });
  expect(await sum()).toBe(listed);

  // A quarter's segment (not a year-only one): the list then holds exactly its count.
  const quarter = rows.filter({ hasText: /^Q\d \d{4}/ }).first();
  const key = (await quarter.getAttribute('data-segment')) ?? '';
  const count = Number(await quarter.locator('td').last().textContent());
  const segment = page.locator(`[data-density-segment="${key}"]`);
  await segment.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}&to=\d{4}-\d{2}&(milestone|event)=/);
  await expect(page.getByTestId('timeline-count')).toHaveText(
    `${count} entr${count === 1 ? 'y' : 'ies'}`,
  );
});

test('its download holds exactly the bars’ counts, with the page’s filters', async ({
  page,
  request,
}) => {
  await page.goto('/timeline?country=KZ');
  const figure = page.getByTestId('timeline-density');
  const href =
    (await figure.getByRole('link', { name: /Download CSV/ }).getAttribute('href')) ?? '';
  expect(href).toBe('/export/timeline-density.csv?country=KZ');
  const records = readCsvText(await (await request.get(href)).text());
  await showQuarters(page);
  const table = await page
    .locator('table[data-chart-table="timeline-density"] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-segment')));
  expect(records.map((r) => `${r.values.period}|${r.values.type}:${r.values.kind}`)).toEqual(table);
});

test('the density chart fits a phone and passes axe', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/timeline');
  await bringIntoView(page.getByTestId('timeline-density'));
  await expect(page.locator('[data-density-segment]').first()).toBeVisible({ timeout: 90_000 });
  await expectFitsPhoneAndPassesAxe(page, '[data-testid="timeline-density"]');
});
