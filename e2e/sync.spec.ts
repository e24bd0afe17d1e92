import { expect, test } from '@playwright/test';
import { linkInPopup, signUp, uniqueEmail } from './helpers';

test('the first sync starts after linking, shows progress, survives a reload and lands in the history; Sync now runs again', async ({ page }) => {
  await signUp(page, uniqueEmail('sync'));
  await page.goto('/accounts');
  await linkInPopup(page, { customer: 'single' });

  const status = page.getByRole('status').filter({ hasText: /Syncing…|Last synced/ });
  await expect(status).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Last synced/)).toBeVisible({ timeout: 60_000 });

  await page.locator('summary', { hasText: 'Sync history' }).click();
  const firstRun = page.getByRole('row').filter({ hasText: 'First sync' });
  await expect(firstRun).toContainText('Done');
  // The first sync imported the account's history: the "added" count is not zero.
  await expect(firstRun.getByRole('cell').nth(3)).not.toHaveText('0');

  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Sync now' })).toContainText('Done', { timeout: 60_000 });
});
