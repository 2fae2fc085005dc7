import { readCsvText } from '@tianshan/csv/read';
import { bringIntoView } from './support/charts';
import { expect, test } from './support/fixtures';
import { expectFitsPhoneAndPassesAxe, PHONE } from './support/phone';

test('the swimlane draws the filtered projects in the list’s order and says how many of how many', async ({
  page,
}) => {
  await page.goto('/projects?sort=start&dir=desc');
  const total = Number(
    ((await page.getByTestId('project-count').textContent()) ?? '').match(/^(\d+)/)?.[1],
  );
  const tableRows = page.locator('table[data-chart-table="project-lanes"] tbody tr');
  const lanes = page.locator('[data-chart="project-lanes"] [data-lane]');
  const drawn = await tableRows.count();
  await bringIntoView(page.getByTestId('project-swimlane'));
  await expect(lanes).toHaveCount(drawn, { timeout: 90_000 });
  await expect(page.getByTestId('swimlane-count')).toContainText(`${drawn} of ${total} projects`);
  // Rows follow the list: the lanes' projects appear in the same order as in the table below.
  const laneIds = await lanes.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-lane')));
  const listIds = await page
    .locator('table:not([data-chart-table]) tbody tr td:first-child a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')?.split('/').pop()));
  const listed = listIds.filter((id) => laneIds.includes(id ?? null));
  expect(laneIds.slice(0, listed.length)).toEqual(listed);
  // Each lane's markers are its milestones (and a planned completion), as its table row says.
  const markerCounts = await tableRows.evaluateAll((trs) =>
    trs.map((tr) => Number(tr.getAttribute('data-markers'))),
  );
  await expect(page.locator('[data-chart="project-lanes"] [data-marker]')).toHaveCount(
    markerCounts.reduce((a, b) => a + b, 0),
  );
});

test('a filter narrows the chart too, and its download holds exactly the drawn milestones', async ({
  page,
  request,
}) => {
  await page.goto('/projects?country=KG');
  await bringIntoView(page.getByTestId('project-swimlane'));
  const drawn = await page.locator('table[data-chart-table="project-lanes"] tbody tr').count();
  await expect(page.locator('[data-chart="project-lanes"] [data-lane]')).toHaveCount(drawn, {
    timeout: 90_000,
  });
  const link = page.getByTestId('project-swimlane').getByRole('link', { name: /Download CSV/ });
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toBe('/export/project-lanes.csv?country=KG');
  const records = readCsvText(await (await request.get(href)).text());
  const markers = await page.locator('[data-chart="project-lanes"] [data-marker^="m"]').count();
  expect(records.filter((r) => r.values.milestone_id !== '').length).toBe(markers);
  const laneIds = await page
    .locator('[data-chart="project-lanes"] [data-lane]')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-lane')));
  for (const id of laneIds) expect(records.some((r) => r.values.project_id === id)).toBe(true);
});

test('a marker shows its milestone, date and source on focus; a row opens its project', async ({
  page,
}) => {
  await page.goto('/countries/uzbekistan');
  await bringIntoView(page.getByTestId('project-swimlane'));
  const marker = page.locator('[data-chart="project-lanes"] [data-marker^="m"]').first();
  await expect(marker).toBeVisible({ timeout: 90_000 });
  const label = (await marker.getAttribute('aria-label')) ?? '';
  const source = label.match(/Source: (.+)$/)?.[1] ?? '';
  expect(source).not.toBe('');
  await marker.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(`Source: ${source}`);
  const row = page.locator('[data-chart="project-lanes"] [data-lane]').first();
  const id = await row.getAttribute('data-lane');
  await row.locator('a').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/projects/${id}$`));
  await bringIntoView(page.getByTestId('project-swimlane'));
  // The project's own page draws its one lane, with every milestone it lists.
  const lane = page.locator('[data-chart="project-lanes"] [data-lane]');
  await expect(lane).toHaveCount(1);
  const listed = await page.getByTestId('milestone').count();
  await expect(lane.locator('[data-marker^="m"]')).toHaveCount(listed);
});

test('the swimlane fits a phone and passes axe', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/projects');
  await bringIntoView(page.getByTestId('project-swimlane'));
  await expect(page.locator('[data-chart="project-lanes"] [data-lane]').first()).toBeVisible({
    timeout: 90_000,
  });
  await expectFitsPhoneAndPassesAxe(page, '[data-testid="project-swimlane"]');
});
