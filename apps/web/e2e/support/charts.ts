import type { Locator } from '@playwright/test';

/**
 * Charts mount only once their box comes near the screen (the page stays light on a phone), so a spec
 * brings each chart's figure into view before it looks for what the chart draws. Each figure is held in view
 * until an intersection observer has seen it there: scrolling straight on to the next one could pass a figure
 * within one frame, before the page's own observer noticed it, and leave that chart unmounted.
 */
export async function bringIntoView(figures: Locator): Promise<void> {
  for (const figure of await figures.all()) {
    await figure.scrollIntoViewIfNeeded();
    await figure.evaluate(
      (element) =>
        new Promise<void>((seen) => {
          const observer = new IntersectionObserver((entries) => {
            if (!entries.some((entry) => entry.isIntersecting)) return;
            observer.disconnect();
            seen();
          });
          observer.observe(element);
        }),
    );
  }
}
