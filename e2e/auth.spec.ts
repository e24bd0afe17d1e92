import { expect, test, type Browser } from '@playwright/test';
import { signIn, signOut, signUp, TEST_PASSWORD, uniqueEmail } from './helpers';

test('sign up, see the shell, sign out, sign in again', async ({ page }) => {
  const email = uniqueEmail('shell');
  await signUp(page, email);

  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' }).filter({ visible: true });
  for (const item of ['Dashboard', 'Accounts', 'Transactions', 'Budgets', 'Cash flow', 'Alerts', 'Settings']) {
    await expect(nav.getByRole('link', { name: item })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Budgets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budgets' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Connect your bank' })).toBeVisible();

  await signOut(page);
  await expect(page.getByText('You are signed out.')).toBeVisible();

  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('a wrong password gets a clear message and no session', async ({ page }) => {
  const email = uniqueEmail('wrong');
  await signUp(page, email);
  await signOut(page);

  await signIn(page, email, 'not the password');
  await expect(page.getByText(/^The email or password is incorrect/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  // The email the person typed is kept for the next try.
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a signed-out visit to a protected page goes to sign-in and comes back after', async ({ page }) => {
  await page.goto('/transactions');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftransactions/);
  const email = uniqueEmail('return');
  await signUp(page, email);
  await signOut(page);
  await page.goto('/transactions');
  await expect(page).toHaveURL(/callbackUrl=%2Ftransactions/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/transactions$/);
});

test('signing up twice with one email is refused beside the field', async ({ page }) => {
  const email = uniqueEmail('dup');
  await signUp(page, email);
  await signOut(page);

  await page.goto('/sign-up');
  await page.getByLabel('Email').fill(email.toUpperCase());
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await page.getByLabel('Repeat password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('An account with this email already exists. Sign in instead.')).toBeVisible();
});

test('hostile and oversized input gets messages, never an error page', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Name (optional)').fill('<img src=x onerror=alert(1)> مرحبا 💸');
  await page.getByLabel('Email').fill("'; DROP TABLE \"User\"; --");
  await page.getByLabel('Password', { exact: true }).fill('x'.repeat(10_240));
  await page.getByLabel('Repeat password').fill('y');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid email address, like name@example.com.')).toBeVisible();
  await expect(page.getByText('Use at most 128 characters.')).toBeVisible();
  await expect(page.getByText('The passwords do not match.')).toBeVisible();
  await expect(page.getByLabel('Name (optional)')).toHaveValue('<img src=x onerror=alert(1)> مرحبا 💸');
});

/** The same account signed in from a second, separate browser. */
async function signInElsewhere(browser: Browser, email: string) {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);
  await expect(otherPage).toHaveURL(/\/dashboard$/);
  return { other, otherPage };
}

test('sign out everywhere ends the other browser too', async ({ page, browser }) => {
  const email = uniqueEmail('everywhere');
  await signUp(page, email);

  const { other, otherPage } = await signInElsewhere(browser, email);

  await page.goto('/settings');
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByText('You are signed out on every device.')).toBeVisible();

  await otherPage.goto('/settings');
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});

test('changing the password ends other sessions and keeps this one', async ({ page, browser }) => {
  const email = uniqueEmail('pwchange');
  await signUp(page, email);
  const { other, otherPage } = await signInElsewhere(browser, email);

  await page.goto('/settings');
  await page.getByLabel('Current password').fill(TEST_PASSWORD);
  await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
  await page.getByLabel('Repeat new password').fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed. You were signed out on every other device.')).toBeVisible();

  await page.goto('/accounts');
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await otherPage.goto('/accounts');
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});
