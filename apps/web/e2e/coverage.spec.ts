import { formatUsd } from '@tianshan/model';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { uniqueTag } from './support/unique';

/**
 * Cells chosen from the starter data and every "Additions" file: Kazakhstan 2024 (China's customs) has
 * disagreeing reports; nobody reports Kyrgyzstan 2005 except China, and Tajikistan's own office has no
 * 2004 figure, which only the editor test below fills (no other spec writes Tajik figures for 2004).
 */
const CONFLICTING = 'cell-china-KZ-2024';
const GAP = 'cell-others-KG-2005';
const GAP_TO_FILL = 'cell-partner-TJ-2004';

test('the grid shows gaps as gaps, a conflicting cell, and a cell links to its figures', async ({
  page,
}) => {
  await page.goto('/coverage');
  const gap = page.getByTestId(GAP);
  await expect(gap).toHaveAttribute('data-status', 'gap');
  // Nothing visible, never a zero; screen readers hear "no figure".
  await expect(gap).toHaveText('no figure');
  await expect(gap.locator('.sr-only')).toHaveText('no figure');
  await expect(gap.getByRole('link')).toHaveCount(0);

  const conflicting = page.getByTestId(CONFLICTING);
  await expect(conflicting).toHaveAttribute('data-status', 'figure');
  await expect(conflicting).toContainText('$43.82 bn');
  await expect(conflicting).toContainText(/\d+ conflicting reports/);

  await conflicting.getByRole('link', { name: '$43.82 bn' }).click();
  await expect(page).toHaveURL(/\/trade\?/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll('country')).toEqual(['KZ']);
  expect(url.searchParams.get('from')).toBe('2024');
  expect(url.searchParams.get('to')).toBe('2024');
  expect(url.searchParams.getAll('reporter')).toEqual(['CN']);
  await expect(page.getByTestId('trade-KZ-2024-FY-CN')).toContainText('$43.82 bn');
  await expect(page.getByTestId('trade-count')).toContainText('1 figure;');
});

test('the CSV download holds exactly the grid on screen', async ({ page, request }) => {
  await page.goto('/coverage?country=KZ&country=TJ&from=2010');
  const href = await page.getByRole('link', { name: /^Download CSV/ }).getAttribute('href');
  expect(href).toBe('/export/coverage.csv?country=KZ&country=TJ&from=2010');
  const res = await request.get(href ?? '');
  expect(res.headers()['content-disposition']).toMatch(/tianshan-coverage-KZ-TJ-2010-latest-/);
  const [header, ...lines] = (await res.text()).trimEnd().split('\r\n');
  expect(header).toBe(
    'country_iso2,country,reporter_group,year,status,total_usd,qualifier,conflicting_reports,part_year_period',
  );
  const onScreen = await page.locator('td[data-status]').evaluateAll((cells) =>
    cells.map((c) => ({
      id: c.getAttribute('data-testid') ?? '',
      status: c.getAttribute('data-status') ?? '',
      text: c.textContent ?? '',
    })),
  );
  expect(lines.length).toBe(onScreen.length);
  const byId = new Map(onScreen.map((c) => [c.id, c]));
  for (const line of lines) {
    const [country, , group, year, status, total, , conflicting] = line.split(',');
    const cell = byId.get(`cell-${group}-${country}-${year}`);
    expect(cell?.status, line).toBe(status);
    if (total) expect(cell?.text, line).toContain(formatUsd(Number(total)));
    if (conflicting) expect(cell?.text, line).toContain(`${conflicting} conflicting reports`);
    if (status === 'gap') expect(cell?.text, line).not.toMatch(/\$|0/);
  }
});

test('an editor fills a gap from the grid: the form opens prefilled, and the cell then shows the figure', async ({
  page,
}) => {
  const tag = uniqueTag();
  await signIn(page, 'editor', '/');
  await page.goto('/coverage?country=TJ&reporterGroup=partner');
  const cell = page.getByTestId(GAP_TO_FILL);
  await expect(cell).toHaveAttribute('data-status', 'gap');
  await cell.getByRole('link', { name: /No figure for Tajikistan 2004.*add one/ }).click();

  const form = page.getByRole('form', { name: 'Add trade report' });
  await expect(form.getByRole('combobox', { name: 'Country', exact: true })).toHaveValue('TJ');
  await expect(form.getByRole('textbox', { name: 'Year', exact: true })).toHaveValue('2004');
  await expect(form.getByRole('textbox', { name: 'Period', exact: true })).toHaveValue('FY');
  await expect(form.getByRole('combobox', { name: 'Whose statistics' })).toHaveValue('TJ');

  await form.getByLabel('Total trade (USD)').fill('612000000');
  await form.getByLabel('Source title').fill(`Tajik trade 2004 (e2e bulletin ${tag})`);
  await form.getByLabel('Source web address').fill(`https://example.org/tj-2004/${tag}`);
  await form.getByLabel('Source date').fill('2005-03');
  await form.getByRole('button', { name: 'Add trade report' }).click();

  await expect(page).toHaveURL(/\/coverage\?country=TJ&reporterGroup=partner$/);
  const filled = page.getByTestId(GAP_TO_FILL);
  await expect(filled).toHaveAttribute('data-status', 'figure');
  await expect(filled.getByRole('link', { name: '$612 m' })).toBeVisible();
});

test('a country page says how much of its trade chart has figures and links to the grid', async ({
  page,
}) => {
  await page.goto('/countries/kazakhstan');
  const note = page.getByTestId('chart-coverage');
  await expect(note).toContainText(/China's customs: \d+ of \d+ years; latest: /);
  await note.getByRole('link', { name: /Coverage of every year/ }).click();
  await expect(page).toHaveURL(/\/coverage\?country=KZ$/);
  await expect(page.getByTestId('cell-china-KZ-2024')).toHaveAttribute('data-status', 'figure');
});
