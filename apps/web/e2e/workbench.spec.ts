import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { aProject, anIndicator } from '@tianshan/db/testing';
import { e2eRows } from './support/e2e-database';
import { expect, test } from './support/fixtures';
import { mutate, sessionCookie } from './support/http';
import { signIn } from './support/sign-in';
import { uniqueTag } from './support/unique';

test.use({
  expectedConsoleErrors: {
    // The browser reports the refused stale delete's 409 on the console; refusing it is the point.
    'the stale delete is refused on purpose': {
      text: /the server responded with a status of 409/,
      url: /\/api\/trpc\/records\.softDelete/,
    },
  },
});

const records = (page: Page, title: string) =>
  page.getByRole('region', { name: `${title} records` });
const dataRows = (page: Page, title: string) =>
  records(page, title).locator('tbody').getByRole('row');
const pager = (page: Page) => page.getByRole('navigation', { name: 'Pages' });

test('an editor opens the workbench from the admin page, searches, sorts, pages, edits a record and sees the change', async ({
  page,
}) => {
  const tag = uniqueTag();
  const editor = await sessionCookie('editor');
  const names = ['A', 'B', 'C'].map((letter) => `Workbench ${tag} ${letter}`);
  const ids: number[] = [];
  for (const name of names)
    ids.push(
      (await mutate('records.create', { kind: 'project', data: aProject({ name }) }, editor)).id,
    );

  await signIn(page, 'editor');
  await page
    .getByRole('navigation', { name: 'Record lists' })
    .getByRole('link', { name: 'Projects', exact: true })
    .click();
  await expect(page).toHaveURL(/\/admin\/records\/project$/);
  await expect(pager(page)).toContainText('Page 1 of');

  // Paging runs on the server: page 2 shows other records, and the URL says which page.
  const firstOnPage1 = await dataRows(page, 'Project').first().locator('td').first().textContent();
  await pager(page).getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pager(page)).toContainText('Page 2 of');
  await expect(dataRows(page, 'Project').first().locator('td').first()).not.toHaveText(
    firstOnPage1 ?? '',
  );

  await page.getByRole('searchbox', { name: /^Search/ }).fill(tag);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${tag}`));
  await expect(dataRows(page, 'Project')).toHaveCount(3);

  const nameHeader = records(page, 'Project').getByRole('columnheader', {
    name: 'Name',
    exact: true,
  });
  await nameHeader.getByRole('button').click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(dataRows(page, 'Project').first()).toContainText(names[0] ?? '');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(dataRows(page, 'Project').first()).toContainText(names[2] ?? '');

  // The URL holds the whole state: a reload shows the same list.
  await page.reload();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('searchbox', { name: /^Search/ })).toHaveValue(tag);
  await expect(dataRows(page, 'Project')).toHaveCount(3);

  const listUrl = page.url();
  await page.getByRole('link', { name: `Edit project #${ids[0]}` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/records/project/${ids[0]}$`));
  const form = page.getByRole('form', { name: 'Edit project' });
  const value = form.getByLabel('Value (USD)');
  await value.fill('22.71 bn');
  await expect(form.getByTestId('field-valueUsd-words')).toHaveText(
    '22,710,000,000 US dollars — 22.71 billion',
  );
  await form.getByRole('combobox', { name: 'What the value is' }).selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByLabel('Value (USD)')).toHaveValue('22710000000');

  await page.goto(listUrl);
  const edited = dataRows(page, 'Project').filter({ hasText: names[0] ?? '' });
  await expect(edited).toContainText('$22.71 bn');
});

test('an unreadable amount gets a message at its field, and nothing is saved', async ({ page }) => {
  await signIn(page, 'editor', '/admin/records/investment/new');
  const form = page.getByRole('form', { name: 'Add investment figure' });
  const amount = form.getByLabel('Amount (USD)');
  // Text typed before the form hydrates is only read back at the next keystroke: type until it answers.
  await expect(async () => {
    await amount.fill('');
    await amount.fill('1.2.3 bn');
    await expect(form.getByTestId('field-amountUsd-words')).toContainText(
      'Cannot read this amount',
      { timeout: 2_000 },
    );
  }).toPass();
  await form.getByRole('button', { name: 'Add investment figure' }).click();
  await expect(form.getByText(/Amount \(USD\): "1\.2\.3" is not a number/)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/records\/investment\/new$/);
});

test('an admin deletes a record from its list, finds it under "show deleted" and restores it; a stale delete is refused', async ({
  page,
}) => {
  const admin = await sessionCookie('admin');
  const metric = `Workbench metric ${uniqueTag()}`;
  const data = anIndicator({ metric });
  const { id } = await mutate('records.create', { kind: 'indicator', data }, admin);
  page.on('dialog', (dialog) => void dialog.accept());

  await signIn(page, 'admin', `/admin/records/indicator?q=${encodeURIComponent(metric)}`);
  await expect(dataRows(page, 'Indicator')).toHaveCount(1);
  // Someone edits the record after the list was read: deleting what the list showed is refused.
  await mutate(
    'records.update',
    { kind: 'indicator', id, version: 1, data: { ...data, value: '13' } },
    admin,
  );
  await page.getByRole('button', { name: `Delete indicator #${id}` }).click();
  // Next's route announcer is an alert too: look for the one that says why.
  await expect(
    page.getByRole('alert').filter({ hasText: 'changed by someone else since you opened it' }),
  ).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: `Delete indicator #${id}` }).click();
  await expect(dataRows(page, 'Indicator')).toHaveCount(0);

  await page.getByLabel('Show deleted records instead').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/deleted=true/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(deleted)');
  await page.getByRole('button', { name: `Restore indicator #${id}` }).click();
  await expect(dataRows(page, 'Indicator')).toHaveCount(0);

  await page.getByLabel('Show deleted records instead').uncheck();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('link', { name: `Edit indicator #${id}` })).toBeVisible();
});

test('add forms warn that the same figure or project already exists, and link to it', async ({
  page,
}) => {
  const editor = await sessionCookie('editor');
  const name = `Workbench twin ${uniqueTag()}`;
  const { id } = await mutate(
    'records.create',
    { kind: 'project', data: aProject({ name }) },
    editor,
  );
  await signIn(page, 'editor', '/admin/records/project/new');
  const projectForm = page.getByRole('form', { name: 'Add project' });
  const nameBox = projectForm.getByRole('textbox', { name: 'Name', exact: true });
  const warning = page.getByTestId('duplicate-warning');
  // A name typed before the form hydrates is reset when the form takes the field over: type until it answers.
  await expect(async () => {
    await nameBox.fill('');
    await nameBox.fill(`  ${name.toUpperCase()} `);
    await expect(warning.getByRole('link')).toHaveAttribute(
      'href',
      `/admin/records/project/${id}`,
      { timeout: 5_000 },
    );
  }).toPass();

  // A stored trade figure, read from the database: typing its country, year, period and reporter warns.
  const [report] = await e2eRows<{
    id: number;
    scope: string;
    year: number;
    period: string;
    reporter: string;
  }>(
    `SELECT id, scope, year, period, reporter FROM trade_reports
      WHERE deleted_at IS NULL AND total_usd IS NOT NULL AND product_code IS NULL ORDER BY id LIMIT 1`,
  );
  if (!report) throw new Error('the seeded database has no trade figure');
  await page.goto('/admin/records/trade-report/new');
  const tradeForm = page.getByRole('form', { name: 'Add trade report' });
  // As above: choices made before the form hydrates are reset, so choose until the warning answers.
  await expect(async () => {
    await tradeForm
      .getByRole('combobox', { name: 'Country', exact: true })
      .selectOption(report.scope);
    await tradeForm.getByRole('textbox', { name: 'Year', exact: true }).fill(String(report.year));
    await tradeForm.getByRole('textbox', { name: 'Period', exact: true }).fill(report.period);
    await tradeForm
      .getByRole('combobox', { name: 'Whose statistics' })
      .selectOption(report.reporter);
    await tradeForm.getByLabel('Total trade (USD)').fill('1 bn');
    await expect(
      page
        .getByTestId('duplicate-warning')
        .locator(`a[href="/admin/records/trade-report/${report.id}"]`),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass();
  // Only a warning: saving stays possible.
  await expect(tradeForm.getByRole('button', { name: 'Add trade report' })).toBeEnabled();
});

test('axe finds no serious or critical violations on the workbench', async ({ page }) => {
  await signIn(page, 'admin', '/admin/records/trade-report');
  await expect(dataRows(page, 'Trade report').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
