import { expect, test } from './support/fixtures';

test('what happened on the China-Kyrgyzstan-Uzbekistan railway in 2025', async ({ page }) => {
  await page.goto('/timeline?country=KG&from=2025&to=2025&q=railway');
  await expect(page).toHaveURL(/country=KG/);
  const entries = page.getByTestId('timeline-milestone');
  await expect(entries.first()).toBeVisible();
  await expect(entries.first()).toContainText('China-Kyrgyzstan-Uzbekistan Railway');
  for (const text of await entries.allTextContents()) expect(text).toContain('2025');
});

test('a sector filter leaves relationship events out and the download carries the same filter', async ({
  page,
}) => {
  await page.goto('/timeline?country=KG&sector=transport');
  await expect(page.getByTestId('timeline-event')).toHaveCount(0);
  await expect(page.getByTestId('timeline-milestone').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download CSV', exact: true })).toHaveAttribute(
    'href',
    '/export/timeline.csv?country=KG&sector=transport',
  );
});
