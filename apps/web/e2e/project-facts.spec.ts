import { readCsvText } from '@tianshan/csv/read';
import type { Page } from '@playwright/test';
import { bringIntoView } from './support/charts';
import { expect, test } from './support/fixtures';
import { expectNoSidewaysScroll, expectWithinScreenWidth, PHONE } from './support/phone';

const RAILWAY = 'China-Kyrgyzstan-Uzbekistan Railway';
const LINE_D = 'Central Asia-China Gas Pipeline Line D';

async function openProject(page: Page, name: string) {
  await page.goto(`/projects?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('the railway shows its several reports of value, each with its source, and its planned completion', async ({
  page,
}) => {
  await openProject(page, RAILWAY);
  const value = page.getByTestId('fact-value');
  await expect(value.locator('summary')).toContainText('$4.67 bn');
  await expect(value.locator('summary sup')).toHaveText(/^\+\d+$/);
  await value.locator('summary').click();
  await expect(value.getByRole('link', { name: /Qalampir/ })).toBeVisible();
  const others = value.getByTestId('other-reports').locator(':scope > li');
  await expect(others.filter({ hasText: 'at most $8 bn' }).getByRole('link')).toHaveText(/AFP/);
  await expect(others.filter({ hasText: '$1.34 bn' }).getByRole('link')).toHaveText(/Fergana/);
  await expect(others.filter({ hasText: 'up to $8bn' })).toHaveCount(1);

  // Close it: an open disclosure overlays the facts below it.
  await value.locator('summary').click();
  const planned = page.getByTestId('fact-planned-completion');
  await expect(planned.locator('summary')).toContainText('2030');
  await planned.locator('summary').click();
  await expect(planned.getByRole('link').first()).toHaveText(/2030/);
  await expect(planned.getByTestId('other-reports')).toContainText('about six years');
});

const SCREENS = [
  { name: 'a phone', size: PHONE },
  { name: 'a small laptop', size: { width: 1024, height: 768 } },
];

for (const screen of SCREENS)
  test(`on ${screen.name} a fact's "+N" reports open within the screen, just below the fact`, async ({
    page,
  }) => {
    await page.setViewportSize(screen.size);
    await openProject(page, RAILWAY);
    // The value is the widest figure in the column, the planned completion ("2030") the narrowest.
    for (const fact of ['value', 'planned-completion']) {
      const row = page.getByTestId(`fact-${fact}`);
      const summary = row.locator('summary');
      await expect(summary.locator('sup')).toHaveText(/^\+\d+$/);
      await summary.click();
      const panel = row.locator('.figure-popover');
      await expect(panel.getByTestId('other-reports')).toBeVisible();
      await expectWithinScreenWidth(page, panel);
      const below = await summary.boundingBox();
      const box = await panel.boundingBox();
      expect((box?.y ?? 0) - ((below?.y ?? 0) + (below?.height ?? 0)), fact).toBeLessThan(16);
      await expectNoSidewaysScroll(page, fact);
      // Close it: an open disclosure overlays the facts below it.
      await summary.click();
      await expect(panel).toBeHidden();
    }
  });

test('the delayed filter lists only late projects, each with its slippage, and its download honours it', async ({
  page,
  request,
}) => {
  await page.goto('/projects');
  const form = page.getByRole('form', { name: 'Filters' });
  await form.getByLabel('Delayed: later than planned').check();
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/delayed=true/);
  const table = page.getByRole('table', { name: 'Projects matching the filters' });
  await expect(table).toContainText(LINE_D);
  await expect(table).not.toContainText(RAILWAY);
  const rows = table.locator('tbody tr');
  const listed = await rows.count();
  await expect(table.getByTestId('slippage')).toHaveCount(listed);
  await expect(rows.filter({ hasText: LINE_D }).getByTestId('slippage')).toContainText(
    /^\+\d+ years? late/,
  );

  const link = page.getByRole('link', { name: /Download CSV/ }).first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toContain('delayed=true');
  const records = readCsvText(await (await request.get(href)).text());
  expect(records.map((r) => r.values.name).sort()).toEqual(
    (await table.locator('tbody tr td:first-child a').allTextContents()).sort(),
  );
  expect(records.every((r) => r.values.planned_completion !== '')).toBe(true);
});

test('an unreadable delayed value is named, not silently dropped', async ({ page, request }) => {
  await page.goto('/projects?delayed=maybe');
  await expect(page.getByTestId('ignored-filters')).toContainText('delayed=maybe');
  expect((await request.get('/export/projects.csv?delayed=maybe')).status()).toBe(400);
});

test('the swimlane draws a planned completion apart, with its source, and its table says so', async ({
  page,
}) => {
  await openProject(page, LINE_D);
  await bringIntoView(page.getByTestId('project-swimlane'));
  const marker = page.locator(
    '[data-chart="project-lanes"] [data-marker-kind="planned-completion"]',
  );
  await expect(marker).toBeVisible({ timeout: 90_000 });
  await expect(marker).toHaveAttribute('data-planned', 'true');
  await marker.focus();
  await expect(page.getByRole('tooltip')).toContainText('Planned completion (planned) · Jan 2020');
  await expect(page.getByRole('tooltip')).toContainText('Source: Tajikistan relies');
  await expect(page.locator('table[data-chart-table="project-lanes"]')).toContainText(
    'planned completion as first reported Jan 2020',
  );
  await expect(page.getByTestId('fact-planned-completion').getByTestId('slippage')).toBeVisible();
});
