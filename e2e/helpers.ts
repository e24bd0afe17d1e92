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

export const SANDBOX_CUSTOMERS = {
  consumer: { username: 'consumer', password: 'sandbox-consumer' },
  single: { username: 'single', password: 'sandbox-single' },
  business: { username: 'business', password: 'sandbox-business' },
  fraud: { username: 'fraud', password: 'sandbox-fraud' },
  // At the second sandbox bank, Lakeshore Credit Union.
  consumer2: { username: 'consumer2', password: 'sandbox-consumer2' },
  business2: { username: 'business2', password: 'sandbox-business2' },
} as const;
export type SandboxCustomer = keyof typeof SANDBOX_CUSTOMERS;

// `institution` is the bank's display name on the Accounts page ("Connect <name>"); `button` overrides it (Reconnect).
type LinkOptions = { customer?: SandboxCustomer; institution?: string; button?: string; decision?: 'Share' | 'Deny'; uncheck?: string[] };

export const CREDIT_UNION = 'Lakeshore Credit Union';

/** Clicks Connect (or Reconnect), signs in at the sandbox bank in its popup and answers its consent page. */
export async function linkInPopup(page: Page, { customer = 'consumer', institution = 'Chase', button = `Connect ${institution}`, decision = 'Share', uncheck = [] }: LinkOptions = {}) {
  const { username, password } = SANDBOX_CUSTOMERS[customer];
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: button }).first().click();
  const popup = await popupPromise;
  await popup.getByLabel('Username').fill(username);
  await popup.getByLabel('Password').fill(password);
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await expect(popup.getByRole('heading', { name: 'Share your accounts with Cashlens' })).toBeVisible();
  for (const name of uncheck) await popup.getByRole('checkbox', { name: new RegExp(name) }).uncheck();
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: decision }).click();
  await closed;
}

/** From anywhere: the Accounts page, link every account of a sandbox customer, see it confirmed. */
export async function linkCustomer(page: Page, customer: SandboxCustomer, institution = 'Chase') {
  await page.goto('/accounts');
  await linkInPopup(page, { customer, institution });
  await expect(page.getByText('Your accounts are linked.')).toBeVisible();
}

/** The four ways the app is checked: a desktop (1366×900) and a phone (390×844), each light and dark (the theme follows the system's). */
export const LAYOUTS = [
  { name: 'desktop, light', viewport: { width: 1366, height: 900 }, colorScheme: 'light' as const },
  { name: 'desktop, dark', viewport: { width: 1366, height: 900 }, colorScheme: 'dark' as const },
  { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
  { name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const },
];
