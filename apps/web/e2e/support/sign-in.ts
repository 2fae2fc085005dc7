import { expect, type Page } from '@playwright/test';
import { E2E_USERS } from './users';

export async function signIn(page: Page, who: keyof typeof E2E_USERS, next = '/admin') {
  const user = E2E_USERS[who];
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner').getByText(`${user.email} (${user.role})`)).toBeVisible();
}
