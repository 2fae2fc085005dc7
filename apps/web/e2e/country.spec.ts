import { expect, test } from './support/fixtures';

test.use({
  expectedConsoleErrors: {
    // The browser reports any 404 response on the console, the page itself included.
    'the unknown country is asked for on purpose': {
      text: /the server responded with a status of 404/,
      url: /\/countries\/narnia$/,
    },
  },
});

test('Kyrgyzstan: China-reported and Kyrgyz-reported 2024 trade side by side, with the gap and its reasons', async ({
  page,
}) => {
  await page.goto('/countries/kyrgyzstan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyrgyzstan and China');
  const mirror2024 = page.getByTestId('mirror-2024');
  await expect(mirror2024).toContainText('$22.71 bn');
  await expect(mirror2024).toContainText('$5.3 bn');
  await expect(mirror2024).toContainText('4.28×');
  await expect(page.getByText(/declared by China as exports to Kyrgyzstan/)).toBeVisible();
  // 2022 → 2024 in China's figures, each with its stated growth.
  await expect(page.getByTestId('trade-row-2022-CN')).toContainText('$15.5 bn');
  await expect(page.getByTestId('trade-row-2024-CN')).toContainText('+14.7% (stated)');
});

test('a figure with several reports says so and lists the other report with its source', async ({
  page,
}) => {
  await page.goto('/countries/kazakhstan');
  const row = page.getByTestId('trade-row-2024-CN');
  await expect(row).toContainText('$43.82 bn');
  await row.locator('summary').first().click();
  await expect(row.getByText('Other reports of this figure')).toBeVisible();
  await expect(row.getByText('more than $44 bn')).toBeVisible();
  await expect(row.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
});

test('an unknown country is a 404 page that lists the five', async ({ page }) => {
  const res = await page.goto('/countries/narnia');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Country not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Uzbekistan' }).last()).toBeVisible();
});
