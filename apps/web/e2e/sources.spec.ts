import { expect, test } from './support/fixtures';

test('a source page lists what cites it, and those links lead to the records', async ({ page }) => {
  await page.goto('/sources?q=Beijing+Review');
  await page
    .getByRole('link', {
      name: 'Second China-Central Asia summit draws new blueprint for cooperation',
    })
    .click();
  await expect(page.getByRole('heading', { name: /What cites it/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Relationship events \(\d+\)$/ })).toBeVisible();
  await expect(
    page.getByRole('link', { name: /Second China-Central Asia Summit, Astana/ }),
  ).toBeVisible();
});

test('the paper without a web address is cited by title', async ({ page }) => {
  await page.goto('/sources?q=Join+Hands');
  await expect(page.getByText('no web address; cited by title')).toBeVisible();
});
