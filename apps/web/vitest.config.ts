import { defineConfig } from 'vitest/config';

// Unit tests only; the browser tests in e2e/ belong to Playwright.
export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] },
  resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
});
