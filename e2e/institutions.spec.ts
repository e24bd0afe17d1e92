import { expect, test, type Page } from '@playwright/test';
import { decimalToMinorUnits, formatMoney } from '../lib/money';
import { readConnections } from './app-database';
import { CREDIT_UNION, linkInPopup, signUp, uniqueEmail } from './helpers';
import { CREDIT_UNION_BANK, readBalancesAsBank } from './sandbox-bank';

// Every account in one place: one person links the Riveras at the sandbox Chase and their second
// credit card at the second sandbox bank (Lakeshore Credit Union, its own server, issuer and FDX
// base, configured through BANK_INSTITUTIONS). Both connections show on Accounts, and the second
// bank's card counts in the dashboard's net worth by exactly what that bank says is owed.

function connectionCard(page: Page, bankName: string) {
  return page.getByRole('region', { name: `${bankName} connection` });
}

/** The dashboard's net worth, read back from its text ("$12,345.67" or "-$1,234.56") in minor units. */
async function readNetWorth(page: Page): Promise<bigint> {
  await page.goto('/dashboard');
  const value = page.getByText('Net worth', { exact: true }).locator('xpath=following-sibling::p[1]');
  await expect(value).toBeVisible();
  const text = (await value.textContent()) ?? '';
  return decimalToMinorUnits(text.replace(/[^0-9.-]/g, ''));
}

test('one user links two banks: both connections on Accounts, both counted on the dashboard', async ({ page }) => {
  const email = uniqueEmail('two-banks');
  await signUp(page, email);
  await page.goto('/accounts');
  // "Connect a bank" offers every configured institution.
  const chooser = page.getByRole('list', { name: 'Connect a bank' });
  await expect(chooser.getByRole('button', { name: 'Connect Chase' })).toBeVisible();
  await expect(chooser.getByRole('button', { name: `Connect ${CREDIT_UNION}` })).toBeVisible();

  await linkInPopup(page, { customer: 'consumer' });
  await expect(page.getByText('Your accounts are linked.')).toBeVisible();
  await expect(connectionCard(page, 'Chase').getByRole('rowheader', { name: /Joint Checking/ })).toBeVisible();
  const netWorthWithChaseOnly = await readNetWorth(page);

  await page.goto('/accounts');
  await linkInPopup(page, { customer: 'consumer2', institution: CREDIT_UNION });
  await expect(page.getByText('Your accounts are linked.')).toBeVisible();

  // Both connections, each with its own bank's accounts.
  for (const name of ['Joint Checking', 'Rainy Day Savings', 'Sapphire Card', 'Home Mortgage', 'Rivera Brokerage']) {
    await expect(connectionCard(page, 'Chase').getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
  }
  const cuCard = connectionCard(page, CREDIT_UNION);
  await expect(cuCard.getByRole('rowheader')).toHaveCount(1);
  const bank = await readBalancesAsBank('consumer2', 'sandbox-consumer2', CREDIT_UNION_BANK);
  const owed = decimalToMinorUnits(bank.get('acc-cu-rivera-card')!.currentBalance!);
  await expect(cuCard.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Lakeshore Visa/ }) })).toContainText(formatMoney(owed));
  expect((await readConnections(email)).map((connection) => connection.institution).sort()).toEqual(['chase', 'lakeshore-cu']);

  // The dashboard counts the second bank's card: net worth drops by what it owes.
  const netWorth = await readNetWorth(page);
  // What a card owes is shown as a debt, negative, as everywhere (lib/accounts/liability.ts).
  await expect(page.getByRole('listitem').filter({ hasText: 'Lakeshore Visa' })).toContainText(formatMoney(-owed));
  await expect(page.getByText('Joint Checking', { exact: true })).toBeVisible();
  expect(netWorth).toBe(netWorthWithChaseOnly - owed);
});

test('each bank signs in only its own customers', async ({ page }) => {
  await signUp(page, uniqueEmail('wrong-bank'));
  await page.goto('/accounts');
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: `Connect ${CREDIT_UNION}` }).click();
  const popup = await popupPromise;
  await expect(popup.getByRole('heading', { name: `Sign in to ${CREDIT_UNION}` })).toBeVisible();
  await popup.getByLabel('Username').fill('consumer');
  await popup.getByLabel('Password').fill('sandbox-consumer');
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await expect(popup.getByRole('alert')).toContainText('not correct');
});
