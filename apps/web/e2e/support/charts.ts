import type { Locator } from '@playwright/test';

/**
 * Charts mount only once their box comes near the screen (the page stays light on a phone), so a spec
 * brings each chart's figure into view before it looks for what the chart draws.
 */
export async function bringIntoView(figures: Locator): Promise<void> {
  for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded();
}
