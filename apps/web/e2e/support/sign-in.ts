import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { userOf, type E2eUser, type SharedUser } from './users';

export async function signIn(page: Page, who: SharedUser | E2eUser, next = '/admin') {
  const user = userOf(who);
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner').getByText(`${user.email} (${user.role})`)).toBeVisible();
}
