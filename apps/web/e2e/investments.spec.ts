import { expect, test } from './support/fixtures';

test.describe('at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('every investments table fits its box: the last column is inside, nothing scrolls sideways', async ({
    page,
  }) => {
    await page.goto('/investments');
    // The scrolling boxes round each table (a table's own section is a region too, but it does not scroll).
    const boxes = page.locator('[role="region"][aria-label]:has(> table)');
    await expect(boxes.first()).toBeVisible();
    const count = await boxes.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) {
      const box = boxes.nth(i);
      const name = (await box.getAttribute('aria-label')) ?? `table ${i}`;
      const outer = await box.boundingBox();
      const last = await box.locator('thead th').last().boundingBox();
      expect(outer, name).not.toBeNull();
      expect(last, name).not.toBeNull();
      if (!outer || !last) continue;
      expect(last.x + last.width, name).toBeLessThanOrEqual(outer.x + outer.width + 1);
      const overflow = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(1);
    }
  });
});

test('the Kyrgyz all-origin mining figure is no longer read as cumulative Chinese investment', async ({
  page,
}) => {
  await page.goto('/investments?country=KG');
  const headline = page.getByRole('region', {
    name: /Latest figure of Chinese investment into the whole country/,
  });
  await expect(headline).toBeVisible();
  await expect(headline).not.toContainText('at most $1');
  await expect(page.getByTestId('latest-KG-cumulative-investment')).not.toContainText('at most');
  // It is still listed, under its own heading.
  await expect(page.getByTestId('coverage-all-origins')).toContainText('at most $1');
  await expect(page.getByTestId('coverage-all-origins')).toContainText('all origins');

  await page.goto('/countries/kyrgyzstan');
  await expect(page.getByTestId('country-coverage-all-origins')).toContainText('at most $1');
  await expect(page.getByTestId('country-coverage-china-country')).not.toContainText('at most $1');
});

test('the coverage filter reads its labels, and the export carries the coverage column', async ({
  page,
  request,
}) => {
  await page.goto('/investments?coverage=All+origins+into+a+country+or+sector');
  await expect(page.getByTestId('ignored-filters')).toHaveCount(0);
  await expect(page.getByTestId('coverage-all-origins')).toBeVisible();
  await expect(page.getByTestId('coverage-china-sector')).toHaveCount(0);
  const res = await request.get('/export/investments.csv?coverage=all-origins');
  expect(res.status()).toBe(200);
  const [header, ...rows] = (await res.text()).trimEnd().split('\r\n');
  expect(header?.split(',')).toContain('coverage');
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.includes(',all-origins,'))).toBe(true);
});
