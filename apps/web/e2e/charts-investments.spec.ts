import { readCsvText } from '@tianshan/csv/read';
import type { Page } from '@playwright/test';
import { bringIntoView } from './support/charts';
import { expect, test } from './support/fixtures';
import { expectFitsPhoneAndPassesAxe, PHONE } from './support/phone';

/** Each investment chart and its table, checked against each other once the chart has drawn. */
async function panelsOf(page: Page) {
  const tables = page.locator('table[data-chart-table]');
  const keys = await tables.evaluateAll((ts) =>
    ts.map((t) => t.getAttribute('data-chart-table') ?? ''),
  );
  expect(keys.length).toBeGreaterThan(0);
  return keys;
}

test('one chart per kind of figure, a marker per row of its table, bounds drawn as bounds', async ({
  page,
}) => {
  await page.goto('/investments');
  const keys = await panelsOf(page);
  // One chart per kind and unit: no kind is drawn twice, no two kinds share a chart.
  expect(new Set(keys).size).toBe(keys.length);
  let bounds = 0;
  for (const key of keys) {
    const table = page.locator(`table[data-chart-table="${key}"] tbody tr`);
    const rows = await table.count();
    const chart = page.locator(`[data-chart="investments"][data-panel="${key}"]`);
    await bringIntoView(page.locator('figure').filter({ has: table }));
    await expect(chart.locator('[data-chart-point]')).toHaveCount(rows, { timeout: 90_000 });
    for (const [qualifier, bound] of [
      ['more-than', 'lower'],
      ['at-most', 'upper'],
    ] as const) {
      const stated = await page
        .locator(`table[data-chart-table="${key}"] tbody tr[data-qualifier="${qualifier}"]`)
        .count();
      bounds += stated;
      // A bound is an open marker with an arrow, never the filled dot of an exact figure.
      await expect(
        chart.locator(`[data-chart-point][data-qualifier="${qualifier}"] [data-bound="${bound}"]`),
      ).toHaveCount(stated);
    }
  }
  expect(bounds, 'the seed states some figures as "more than"').toBeGreaterThan(0);
});

test('a marker names its source on focus and opens it from the keyboard', async ({ page }) => {
  await page.goto('/investments?country=KZ');
  await bringIntoView(page.locator('figure:has(table[data-chart-table])').first());
  const point = page.locator('[data-chart-point]').first();
  await expect(point).toBeVisible({ timeout: 90_000 });
  const id = await point.getAttribute('data-chart-point');
  const source = await page
    .locator(`table[data-chart-table] tr[data-id="${id}"] td`)
    .last()
    .textContent();
  expect(source?.trim()).toBeTruthy();
  // The tooltip shows the marker last focused or hovered: a marker that moves under the resting pointer while
  // the chart settles takes it over. So the pointer goes to the page's corner, and the marker is focused again
  // until its tooltip shows (blur first: focusing the focused marker fires nothing).
  await expect(async () => {
    await page.mouse.move(0, 0);
    await point.blur();
    await point.focus();
    await expect(page.getByRole('tooltip')).toContainText(`Source: ${source?.trim() ?? ''}`, {
      timeout: 2_000,
    });
  }).toPass();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sources\/\d+$/);
});

test("each chart's download holds exactly its figures, with the page's filters", async ({
  page,
  request,
}) => {
  await page.goto('/investments?country=KZ&country=C5');
  for (const key of await panelsOf(page)) {
    const figure = page
      .locator('figure')
      .filter({ has: page.locator(`table[data-chart-table="${key}"]`) });
    const href = await figure.getByRole('link', { name: /Download CSV/ }).getAttribute('href');
    expect(href).toContain('country=KZ&country=C5');
    const res = await request.get(href ?? '');
    expect(res.status()).toBe(200);
    const ids = readCsvText(await res.text()).map((r) => r.values.id);
    const shown = await page
      .locator(`table[data-chart-table="${key}"] tbody tr`)
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(new Set(ids)).toEqual(new Set(shown));
    expect(ids.length).toBe(shown.length);
  }
});

test('a country page charts its own figures; the charts fit a phone and pass axe', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/countries/kazakhstan');
  await bringIntoView(page.locator('figure:has(table[data-chart-table])'));
  const points = page.locator('[data-chart="investments"] [data-chart-point]');
  await expect(points.first()).toBeVisible({ timeout: 90_000 });
  const rows = await page.locator('table[data-chart-table] tbody tr').count();
  // Only the investment tables: the swimlane's table is counted separately.
  const laneRows = await page.locator('table[data-chart-table="project-lanes"] tbody tr').count();
  await expect(points).toHaveCount(rows - laneRows);
  const names = await page
    .locator(
      'table[data-chart-table]:not([data-chart-table="project-lanes"]) tbody tr td:first-child',
    )
    .allTextContents();
  expect(new Set(names)).toEqual(new Set(['Kazakhstan']));
  await expectFitsPhoneAndPassesAxe(page, 'section[aria-labelledby="investments"]');
});
