import { expect, test } from '@playwright/test';

test('the trade explorer filters by country, years and reporter, and the table matches the export', async ({ page, request }) => {
  await page.goto('/trade');
  const form = page.getByRole('form', { name: 'Filters' });
  await form.getByRole('checkbox', { name: 'Kyrgyzstan', exact: true }).check();
  await form.getByLabel('Year from', { exact: true }).fill('2022');
  await form.getByLabel('Year to', { exact: true }).fill('2024');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/country=KG&from=2022&to=2024/);
  const rows = page.getByRole('table').locator('tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);
  await expect(page.getByTestId('trade-KG-2024-FY-KG')).toContainText('$5.3 bn');

  const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
  expect(href).toBe('/export/trade.csv?country=KG&from=2022&to=2024');
  const csv = await (await request.get(href ?? '')).text();
  const exportedKeys = new Set(csv.trimEnd().split('\r\n').slice(1).map((l) => l.split(',').slice(1, 5).join('|')));
  // Each figure on screen is one key; the export holds every report of those keys (alternatives too).
  const screenKeys = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
  expect(screenKeys.length).toBe(count);
  for (const key of screenKeys) expect(exportedKeys.has(key ?? '')).toBe(true);
  expect(new Set(screenKeys)).toEqual(exportedKeys);
});
