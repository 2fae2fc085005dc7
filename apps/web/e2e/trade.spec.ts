import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

test('the trade explorer filters by country, years and reporter, and the downloaded CSV matches the table', async ({
  page,
}) => {
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

  const link = page.getByRole('link', { name: 'Download CSV' });
  expect(await link.getAttribute('href')).toBe('/export/trade.csv?country=KG&from=2022&to=2024');
  // A real browser download: the file the reader gets, under the name the reader sees.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(
    /^tianshan-trade-KG-2022-2024-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  const exportedKeys = new Set(
    csv
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',').slice(1, 5).join('|')),
  );
  // Each figure on screen is one key; the export holds every report of those keys (alternatives too).
  const screenKeys = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
  expect(screenKeys.length).toBe(count);
  for (const key of screenKeys) expect(exportedKeys.has(key ?? '')).toBe(true);
  expect(new Set(screenKeys)).toEqual(exportedKeys);
});
