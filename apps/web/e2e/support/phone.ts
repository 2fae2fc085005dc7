import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A mid-range phone's screen, in CSS pixels. */
export const PHONE = { width: 390, height: 844 };

/** The page scrolls no wider than the screen (one pixel of rounding allowed); `view` names it on failure. */
export async function expectNoSidewaysScroll(page: Page, view?: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, view).toBeLessThanOrEqual(1);
}

/** No serious or critical axe violation (inside `selector`, or on the whole page), each named with the first nodes it hit. */
export async function expectNoSeriousAxeViolations(page: Page, selector?: string): Promise<void> {
  const axe = new AxeBuilder({ page });
  const results = await (selector ? axe.include(selector) : axe).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
  ).toEqual([]);
}

/** What a chart on a phone must do: fit the screen's width and pass axe. */
export async function expectFitsPhoneAndPassesAxe(page: Page, selector: string): Promise<void> {
  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolations(page, selector);
}

/** The whole box lies on the screen, from edge to edge (a pixel of rounding allowed). */
export async function expectWithinScreenWidth(page: Page, box: Locator): Promise<void> {
  const rect = await box.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(rect).not.toBeNull();
  expect(rect?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((rect?.x ?? 0) + (rect?.width ?? Infinity)).toBeLessThanOrEqual(width + 1);
}
