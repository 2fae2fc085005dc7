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
