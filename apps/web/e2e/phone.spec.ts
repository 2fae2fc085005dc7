import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { PHONE } from './support/phone';

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

/** The first cell of a list's first row: what a reader must see without scrolling. */
const firstCell = (table: Locator) => table.locator('tbody tr').first().locator('td, th').first();

const LIST_VIEWS: { path: string; first: (page: Page) => Locator }[] = [
  {
    path: '/trade',
    first: (page) =>
      firstCell(page.getByRole('table', { name: 'Trade figures matching the filters' })),
  },
  {
    path: '/projects',
    first: (page) => firstCell(page.getByRole('table', { name: 'Projects matching the filters' })),
  },
  {
    path: '/investments',
    first: (page) =>
      firstCell(
        page.getByRole('table', {
          name: 'Latest figure of Chinese investment into the whole country, per country and kind',
        }),
      ),
  },
  {
    path: '/timeline',
    first: (page) =>
      page
        .getByTestId(/^timeline-(milestone|event)$/)
        .first()
        .locator('p')
        .first(),
  },
  { path: '/sources', first: (page) => firstCell(page.getByRole('table', { name: 'Sources' })) },
  {
    path: '/coverage',
    // The first entry of what is due (or, when nothing is, the grid's first row): a result, not a whole list.
    first: (page) =>
      page.getByTestId('due-list').locator('li').or(page.locator('main table tbody tr')).first(),
  },
];

/** The filters' toggle: a <summary>, which is a button to assistive technology. */
const filtersToggle = (page: Page) => page.locator('summary', { hasText: /^Filters \(\d+\)/ });

for (const view of LIST_VIEWS) {
  test(`on a phone the first result of ${view.path} shows without scrolling`, async ({ page }) => {
    await page.goto(view.path);
    await expect(filtersToggle(page)).toHaveText('Filters (0)');
    await expect(page.getByRole('form', { name: 'Filters' })).toBeHidden();
    await expect(view.first(page)).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test('on a phone, opening the filters and applying one keeps the filters already in the URL', async ({
  page,
}) => {
  await page.goto('/trade?from=2020');
  await expect(filtersToggle(page)).toHaveText('Filters (1)');
  const form = page.getByRole('form', { name: 'Filters' });
  await expect(form).toBeHidden();
  await filtersToggle(page).click();
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Year from', { exact: true })).toHaveValue('2020');
  await form.getByRole('checkbox', { name: 'Kyrgyzstan', exact: true }).check();
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]country=KG&from=2020(&|$)/);
  await expect(filtersToggle(page)).toHaveText('Filters (2)');
  const first = page
    .getByRole('table', { name: 'Trade figures matching the filters' })
    .locator('tbody tr')
    .first();
  await expect(first).toContainText('Kyrgyzstan');
  await expect(first.locator('td').first()).toBeInViewport({ ratio: 1 });
});

test('on a phone the site links fold behind a Menu button that opens from the keyboard', async ({
  page,
}) => {
  await page.goto('/trade');
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main).toBeHidden();
  const menu = page.locator('summary', { hasText: 'Menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(main.getByRole('link', { name: 'Timeline' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Countries' }).getByRole('link', { name: 'Kazakhstan' }),
  ).toBeVisible();
  await main.getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  // The header outlives client-side navigation: the menu closes rather than covering the new page.
  await expect(main).toBeHidden();
});

test('on a wide screen the filters are open and the site links show without a menu', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/projects');
  await expect(page.getByRole('form', { name: 'Filters' })).toBeVisible();
  await expect(page.locator('summary', { hasText: 'Menu' })).toBeHidden();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trade' }),
  ).toBeVisible();
  // Hydrated, the disclosure is open for real, so closing it works.
  await expect(page.locator('details.filter-disclosure')).toHaveAttribute('open', '');
  await filtersToggle(page).click();
  await expect(page.getByRole('form', { name: 'Filters' })).toBeHidden();
});
