import { expect, test, type Page } from '@playwright/test';
import { formatMoney, decimalToMinorUnits } from '../lib/money';
import { countAccounts, decryptTokens, dumpDatabase, readConnections } from './app-database';
import { linkInPopup, SANDBOX_CUSTOMERS, signUp, uniqueEmail } from './helpers';
import { isTokenActive, readBalancesAsBank, sandboxAdmin } from './sandbox-bank';

const BUSINESS = SANDBOX_CUSTOMERS.business;
const SHARED = ['Business Checking', 'Ink Business Card'];
const NOT_SHARED = 'Business Line of Credit';

function accountRow(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
}

test('link 2 of 3 accounts: exactly those two appear with the bank’s balances, tokens never in the clear', async ({ page }) => {
  const email = uniqueEmail('link');
  await signUp(page, email);
  await page.goto('/accounts');
  await linkInPopup(page, { customer: 'business', uncheck: [NOT_SHARED] });

  await expect(page.getByText('Your accounts are linked.')).toBeVisible();
  await expect(page.getByText('Connected', { exact: true })).toBeVisible();
  const rows = page.getByRole('table').getByRole('rowheader');
  await expect(rows).toHaveCount(2);
  for (const name of SHARED) await expect(accountRow(page, name)).toBeVisible();
  await expect(accountRow(page, NOT_SHARED)).toHaveCount(0);

  // The bank's own numbers, read with a separate client, shown to the cent.
  const bank = await readBalancesAsBank(BUSINESS.username, BUSINESS.password);
  const checking = bank.get('acc-harbor-checking')!;
  const card = bank.get('acc-harbor-card')!;
  await expect(accountRow(page, 'Business Checking')).toContainText(formatMoney(decimalToMinorUnits(checking.currentBalance!)));
  await expect(accountRow(page, 'Business Checking')).toContainText(formatMoney(decimalToMinorUnits(checking.availableBalance!)));
  await expect(accountRow(page, 'Ink Business Card')).toContainText(formatMoney(decimalToMinorUnits(card.currentBalance!)));

  const [connection] = await readConnections(email);
  const tokens = decryptTokens(connection!);
  expect(await isTokenActive(tokens.access)).toBe(true);
  const dump = dumpDatabase();
  expect(dump.includes(Buffer.from(tokens.access))).toBe(false);
  expect(dump.includes(Buffer.from(tokens.refresh!))).toBe(false);
});

test('deny at the bank: a friendly message and nothing linked', async ({ page }) => {
  const email = uniqueEmail('deny');
  await signUp(page, email);
  await page.goto('/accounts');
  await linkInPopup(page, { customer: 'business', decision: 'Deny' });
  await expect(page.getByText('You chose not to share any accounts. Nothing was changed.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Connect your bank' })).toBeVisible();
  expect(await countAccounts(email)).toBe(0);
  expect(await readConnections(email)).toEqual([]);
});

test('a tampered state is refused and nothing is linked', async ({ page }) => {
  const email = uniqueEmail('state');
  await signUp(page, email);
  const authorizeRequest = page.waitForRequest((request) => request.url().includes('/aggregator-oauth/v1/mobile/authorize'));
  await page.goto('/api/bank/connect?mode=page');
  await expect(page.getByLabel('Username')).toBeVisible();
  const authorizeUrl = new URL((await authorizeRequest).url());
  expect(authorizeUrl.searchParams.get('state')).toBeTruthy();
  // The same request with a state the app never issued.
  authorizeUrl.searchParams.set('state', 'tampered-state-value');
  await page.goto(authorizeUrl.toString());
  await page.getByLabel('Username').fill(BUSINESS.username);
  await page.getByLabel('Password').fill(BUSINESS.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByText(/This connection attempt is no longer valid/)).toBeVisible();
  await expect(page).toHaveURL(/\/accounts\?bank_error=state_invalid/);
  expect(await countAccounts(email)).toBe(0);
  expect(await readConnections(email)).toEqual([]);
});

test('revoked in the Security Center → reconnect needed → reconnect keeps the accounts; disconnect revokes', async ({ page }) => {
  const email = uniqueEmail('revoke');
  await signUp(page, email);
  await page.goto('/accounts');
  await linkInPopup(page, { customer: 'business' });
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
  const accountsBefore = await countAccounts(email);

  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Manage sharing at Chase' }).click();
  const center = await popupPromise;
  await center.getByLabel('Username').fill(BUSINESS.username);
  await center.getByLabel('Password').fill(BUSINESS.password);
  await center.getByRole('button', { name: 'Sign in' }).click();
  await center.getByRole('button', { name: 'Stop sharing with Cashlens' }).click();
  await center.close();

  await expect(page.getByText('Reconnect needed', { exact: true })).toBeVisible();
  await linkInPopup(page, { customer: 'business', button: 'Reconnect' });
  await expect(page.getByText('Connected', { exact: true })).toBeVisible();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
  expect(await countAccounts(email)).toBe(accountsBefore);

  const [connection] = await readConnections(email);
  const tokens = decryptTokens(connection!);
  expect(await isTokenActive(tokens.access)).toBe(true);

  await page.getByText('Disconnect', { exact: true }).click();
  await page.getByLabel('Keep the accounts and transactions').check();
  await page.getByRole('button', { name: 'Disconnect Chase' }).click();
  await expect(page.getByText(/Disconnected\. The bank no longer shares data with Cashlens/)).toBeVisible();
  expect(await isTokenActive(tokens.access)).toBe(false);
  expect(tokens.refresh && (await isTokenActive(tokens.refresh))).toBe(false);
  const consents = await sandboxAdmin('GET', '/consents?customerId=cust-business-harbor&clientId=cashlens-e2e');
  expect(consents.consents).toEqual([]);
});

test('another user cannot see or act on a connection: pages, routes and actions', async ({ page, browser }) => {
  const owner = uniqueEmail('owner');
  await signUp(page, owner);
  await page.goto('/accounts');
  await linkInPopup(page, { customer: 'business' });
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
  const [connection] = await readConnections(owner);

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signUp(stranger, uniqueEmail('stranger'));
  await stranger.goto('/accounts');
  await expect(stranger.getByRole('heading', { name: 'Connect your bank' })).toBeVisible();
  await expect(stranger.getByText('Business Checking')).toHaveCount(0);

  expect((await stranger.request.get(`/api/sync/${connection!.id}`)).status()).toBe(404);
  await stranger.goto(`/api/bank/connect?mode=page&reconnect=${connection!.id}`);
  await expect(stranger.getByText('That connection does not exist.')).toBeVisible();
  await strangerContext.close();

  // The owner's connection is untouched.
  await page.reload();
  await expect(page.getByText('Connected', { exact: true })).toBeVisible();
  expect((await readConnections(owner))[0]!.status).toBe('active');
});
