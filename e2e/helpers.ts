import { expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';

export const TEST_PASSWORD = 'correct horse battery';

/** A fresh address per test, so tests never share an account. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function signUp(page: Page, email: string, password = TEST_PASSWORD, name = 'Test Person'): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Name (optional)').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Repeat password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

export async function signIn(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  // On narrow screens the button sits inside the "Menu" disclosure; both copies submit the same form.
  await page.getByRole('button', { name: 'Sign out' }).filter({ visible: true }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
}
