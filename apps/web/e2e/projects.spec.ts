import { expect, test } from './support/fixtures';

test.use({
  expectedConsoleErrors: {
    // The browser reports any 404 response on the console, the page itself included.
    'unknown projects are asked for on purpose': {
      text: /the server responded with a status of 404/,
      url: /\/projects\/(999999|not-a-number)$/,
    },
  },
});

test('filtering projects puts the filters in the URL, and the shared URL reproduces the view', async ({
  page,
}) => {
  await page.goto('/projects');
  const form = page.getByRole('form', { name: 'Filters' });
  await form.getByLabel('Kazakhstan').check();
  await form.getByLabel('Energy').check();
  await form.getByLabel('Operating', { exact: true }).check();
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/country=KZ/);
  await expect(page).toHaveURL(/sector=energy/);
  await expect(page).toHaveURL(/status=operating/);
  const table = page.getByRole('table', { name: 'Projects matching the filters' });
  await expect(table).toContainText('Beineu-Bozoi-Shymkent Gas Pipeline');
  await expect(table).toContainText('Kazakhstan-China Oil Pipeline');
  await expect(table).not.toContainText('Bishkek CHP-1');

  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByTestId('project-count')).toHaveText(
    (await page.getByTestId('project-count').textContent()) ?? '',
  );
  await expect(other.getByRole('checkbox', { name: 'Kazakhstan', exact: true })).toBeChecked();
});

test('sorting by value puts the largest stated value first and unknown values last', async ({
  page,
}) => {
  await page.goto('/projects?sort=value&dir=desc');
  const firstRow = page
    .getByRole('table', { name: 'Projects matching the filters' })
    .locator('tbody tr')
    .first();
  await expect(firstRow).toContainText('$12 bn');
});

test('the railway project page shows its exact start date and its 2025 milestones with sources', async ({
  page,
}) => {
  await page.goto('/projects?q=China-Kyrgyzstan-Uzbekistan');
  await page.getByRole('link', { name: 'China-Kyrgyzstan-Uzbekistan Railway' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'China-Kyrgyzstan-Uzbekistan Railway',
  );
  await expect(page.locator('dl div', { hasText: 'Start / announced' })).toContainText(
    '27 Dec 2024',
  );
  const milestones2025 = page.getByTestId('milestone').filter({ hasText: '2025' });
  await expect(milestones2025.first()).toBeVisible();
  await milestones2025.first().getByText('Source').click();
  await expect(milestones2025.first().getByRole('link').first()).toHaveAttribute(
    'href',
    /^https?:\/\//,
  );
});

test('an unknown project is a 404', async ({ page }) => {
  expect((await page.goto('/projects/999999'))?.status()).toBe(404);
  expect((await page.goto('/projects/not-a-number'))?.status()).toBe(404);
});
