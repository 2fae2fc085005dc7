import { test as base, expect, type ConsoleMessage } from '@playwright/test';

/**
 * Every spec imports `test` and `expect` from here. An automatic fixture watches every page of the test's
 * browser context and fails the test on an uncaught page error (a hydration mismatch, a failed chunk, a
 * throwing effect) or on a console message of type `error`: a page can look right in a screenshot while
 * React has thrown away its server HTML, and only the console says so.
 */

/** A console error a spec provokes on purpose, tolerated in that spec only. */
export interface ExpectedConsoleError {
  /** Matched against the message text. */
  text: RegExp;
  /** When given, matched against the address the message is about (a failed load names none in its text). */
  url?: RegExp;
}

/** Expected console errors by the reason the spec provokes them (an object: Playwright reads arrays as options). */
export type ExpectedConsoleErrors = Record<string, ExpectedConsoleError>;

/**
 * Console errors tolerated in every spec. Empty on purpose: anything added here hides a real problem in
 * every view, so prefer `expectedConsoleErrors` on the one spec that provokes the message.
 */
const ALWAYS_ALLOWED: ExpectedConsoleErrors = {};

export const test = base.extend<{
  expectedConsoleErrors: ExpectedConsoleErrors;
  failOnBrowserErrors: void;
}>({
  expectedConsoleErrors: [{}, { option: true }],
  failOnBrowserErrors: [
    async ({ context, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      const allowed = Object.values({ ...ALWAYS_ALLOWED, ...expectedConsoleErrors });
      const describe = (message: ConsoleMessage) => {
        const { url, lineNumber } = message.location();
        const where = url || message.page()?.url() || 'unknown page';
        return `console error at ${where}:${lineNumber}: ${message.text()}`;
      };
      context.on('weberror', (error) => {
        const thrown = error.error();
        problems.push(
          `uncaught error on ${error.page()?.url() ?? 'unknown page'}: ${thrown.stack ?? thrown.message}`,
        );
      });
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url } = message.location();
        if (allowed.some((a) => a.text.test(message.text()) && (a.url?.test(url) ?? true))) return;
        problems.push(describe(message));
      });
      await use();
      expect(problems, 'the browser reported errors during this test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
