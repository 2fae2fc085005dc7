import { expect, test } from './support/fixtures';

test('the railway\'s "Project officially launched" is a launch ceremony, not commissioning', async ({
  page,
}) => {
  await page.goto('/projects?q=China-Kyrgyzstan-Uzbekistan');
  await page.getByRole('link', { name: 'China-Kyrgyzstan-Uzbekistan Railway' }).click();
  const launched = page.getByTestId('milestone').filter({ hasText: 'Project officially launched' });
  await expect(launched).toContainText('Dec 2024');
  await expect(launched).toContainText('Launch ceremony');
  await expect(launched).not.toContainText('Commissioning');
  // The construction launch of the same month is a construction start.
  await expect(
    page.getByTestId('milestone').filter({ hasText: 'Construction launch ceremony' }),
  ).toContainText('Construction start');
});

test('the timeline filters and keys the launch-ceremony kind', async ({ page }) => {
  await page.goto('/timeline?milestone=launch-ceremony');
  await expect(page.getByTestId('ignored-filters')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Launch ceremony' })).toBeChecked();
  await expect(page.getByText('Project officially launched').first()).toBeVisible();
});
