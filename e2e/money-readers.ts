import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { decimalToMinorUnits } from '../lib/money';

// Figures read back from the app's own pages, in minor units, so a spec compares the app with
// itself (before and after an action) instead of with numbers written into the test.

/** A sample bank file shipped with the import library's tests (fixed dates: November 2026). */
export const importFixture = (name: string) => path.join(import.meta.dirname, '..', 'lib', 'import', 'fixtures', name);

export const minorFromText = (text: string | null) => decimalToMinorUnits((text ?? '').replace(/[^0-9.-]/g, ''));

/** The dashboard's net worth ("$12,345.67" or "-$1,234.56"). */
export async function readNetWorth(page: Page): Promise<bigint> {
  await page.goto('/dashboard');
  const value = page.getByText('Net worth', { exact: true }).locator('xpath=following-sibling::p[1]');
  await expect(value).toBeVisible();
  return minorFromText(await value.textContent());
}

/** Money out on the dashboard's card for one month ("YYYY-MM"). */
export async function readMonthMoneyOut(page: Page, month: string): Promise<bigint> {
  await page.goto(`/dashboard?month=${month}`);
  const value = page.getByText('Money out', { exact: true }).first().locator('xpath=following-sibling::dd[1]');
  await expect(value).toBeVisible();
  return minorFromText(await value.textContent());
}

/** The count and net of an account's transactions, from the totals above the filtered list. */
export async function readAccountTotals(page: Page, accountId: string): Promise<{ count: string; net: bigint }> {
  await page.goto(`/transactions?account=${accountId}`);
  const totals = page.getByRole('region', { name: 'Totals for these filters' });
  const figure = (label: string) => totals.getByText(label, { exact: true }).locator('xpath=following-sibling::dd[1]');
  return { count: ((await figure('Transactions').textContent()) ?? '').trim(), net: minorFromText(await figure('Net').textContent()) };
}

/** Imports one file into an account through the import page (mapping step for CSV); returns the preview's counts line. */
export async function importFile(page: Page, accountId: string, file: string, { csv }: { csv: boolean }): Promise<string> {
  await page.goto(`/accounts/${accountId}/import`);
  await page.getByLabel(/Bank file/).setInputFiles(file);
  await page.getByRole('button', { name: 'Continue' }).click();
  if (csv) {
    await expect(page.getByRole('heading', { name: /Which columns are which/ })).toBeVisible();
    await page.getByRole('button', { name: 'Preview' }).click();
  }
  const counts = page.getByTestId('import-counts');
  await expect(counts).toBeVisible();
  const summary = ((await counts.textContent()) ?? '').trim();
  await page.getByRole('button', { name: /^Import \d+ transactions$|^Record the import/ }).click();
  await expect(page.getByText(/^Imported \d+ new transactions/)).toBeVisible();
  return summary;
}

/** Undoes every import of an account, newest first. */
export async function undoAllImports(page: Page, accountId: string): Promise<void> {
  await page.goto(`/accounts/${accountId}/import`);
  const undoButtons = page.getByRole('button', { name: /^Undo the import of/ });
  for (let remaining = await undoButtons.count(); remaining > 0; remaining--) {
    await undoButtons.first().click();
    await expect(undoButtons).toHaveCount(remaining - 1);
  }
}

/** Adds a manual account on the Accounts page; returns its id (from its "Import file" link). */
export async function addManualAccount(page: Page, account: { name: string; kind: string; openedOn: string; opening: string }): Promise<string> {
  await page.goto('/accounts');
  const form = page.getByRole('form', { name: 'Add a manual account' });
  await form.getByLabel('Account name').fill(account.name);
  await form.getByLabel('Kind').selectOption({ label: account.kind });
  await form.getByLabel('Opening date').fill(account.openedOn);
  await form.getByLabel('Opening balance').fill(account.opening);
  await form.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByText(`Added ${account.name}.`)).toBeVisible();
  const href = await page.getByRole('link', { name: `Import a file into ${account.name}` }).getAttribute('href');
  return href!.split('/')[2]!;
}
