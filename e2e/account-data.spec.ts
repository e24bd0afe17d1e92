import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readZip } from '../lib/export/zip-reader';
import { decryptTokens, readConnections } from './app-database';
import { linkInPopup, signUp, TEST_PASSWORD, uniqueEmail } from './helpers';
import { isTokenActive } from './sandbox-bank';

test('exports everything, deletes the account, revokes the bank token at the bank, and refuses sign-in afterwards', async ({ page }) => {
  const email = uniqueEmail('leaving');
  await signUp(page, email);
  await page.goto('/accounts');
  await linkInPopup(page, { customer: 'single' });
  await page.reload();
  await expect(page.getByText(/Last synced/)).toBeVisible({ timeout: 60_000 });
  const [connection] = await readConnections(email);
  const tokens = decryptTokens(connection!);
  expect(await isTokenActive(tokens.access)).toBe(true);

  await page.goto('/settings');
  await expect(page.getByRole('list', { name: 'Active sessions' })).toContainText('This device');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download all my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cashlens-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = readZip(await readFile((await download.path())!));
  const csv = files.get('transactions.csv')!.toString('utf8').trim().split('\r\n');
  expect(csv.length).toBeGreaterThan(1);
  expect(JSON.parse(files.get('profile.json')!.toString('utf8')).user.email).toBe(email);
  for (const content of files.values()) expect(content.toString('utf8')).not.toContain(tokens.access);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Security activity' })).toContainText('All data exported');
  await page.locator('summary', { hasText: 'Delete my account' }).click();
  await page.getByLabel(/^Type .* to confirm$/).fill(email);
  await page.getByRole('region', { name: 'Your data' }).getByLabel('Your password').fill('not my password');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByText('The password is incorrect. Nothing was deleted.')).toBeVisible();
  await page.getByLabel(/^Type .* to confirm$/).fill(email);
  await page.getByRole('region', { name: 'Your data' }).getByLabel('Your password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/goodbye$/);
  await expect(page.getByRole('heading', { name: 'Your account is deleted' })).toBeVisible();

  expect(await isTokenActive(tokens.access)).toBe(false);
  if (tokens.refresh) expect(await isTokenActive(tokens.refresh)).toBe(false);
  expect(await readConnections(email)).toEqual([]);

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/The email or password is incorrect/)).toBeVisible();
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in/);
});
