import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { decimalToMinorUnits } from '../lib/money';
import { signUp, uniqueEmail } from './helpers';

// File import end to end: a person keeps a bank account by hand, imports the bank's CSV and then
// its OFX into it (the OFX repeats three of the CSV's rows under their FITIDs), re-imports both
// (nothing new), and sees the rows in the transaction totals, the account balance and net worth.
// Undoing the imports puts every figure back exactly. Expected figures come from the app's own
// pages before and after, never from today's date (the files' dates are fixed: November 2026).

const fixtures = path.join(import.meta.dirname, '..', 'lib', 'import', 'fixtures');
const csvFile = path.join(fixtures, 'chase-checking.csv');
const ofxFile = path.join(fixtures, 'bank-1x.ofx');

const minor = (text: string | null) => decimalToMinorUnits((text ?? '').replace(/[^0-9.-]/g, ''));

async function readNetWorth(page: Page): Promise<bigint> {
  await page.goto('/dashboard');
  const value = page.getByText('Net worth', { exact: true }).locator('xpath=following-sibling::p[1]');
  await expect(value).toBeVisible();
  return minor(await value.textContent());
}

async function readTotals(page: Page, accountId: string): Promise<{ count: string; net: bigint }> {
  await page.goto(`/transactions?account=${accountId}`);
  const totals = page.getByRole('region', { name: 'Totals for these filters' });
  const figure = (label: string) => totals.getByText(label, { exact: true }).locator('xpath=following-sibling::dd[1]');
  return { count: ((await figure('Transactions').textContent()) ?? '').trim(), net: minor(await figure('Net').textContent()) };
}

async function importFile(page: Page, accountId: string, file: string, { csv }: { csv: boolean }): Promise<string> {
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

test('CSV and OFX imports count everywhere, re-imports add nothing, undo restores every figure', async ({ page }) => {
  await signUp(page, uniqueEmail('import'));
  await page.goto('/accounts');
  const addForm = page.getByRole('form', { name: 'Add a manual account' });
  await addForm.getByLabel('Account name').fill('Credit union checking');
  await addForm.getByLabel('Kind').selectOption({ label: 'Bank account (not linked)' });
  await addForm.getByLabel('Opening date').fill('2026-01-01');
  await addForm.getByLabel('Opening balance').fill('1000');
  await addForm.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByText('Added Credit union checking.')).toBeVisible();
  const href = await page.getByRole('link', { name: 'Import a file into Credit union checking' }).getAttribute('href');
  const accountId = href!.split('/')[2]!;

  const before = { totals: await readTotals(page, accountId), netWorth: await readNetWorth(page) };
  expect(before.totals.count).toBe('0');

  // The CSV: every row is new.
  const csvSummary = await importFile(page, accountId, csvFile, { csv: true });
  expect(csvSummary).toMatch(/^5 new, 0 duplicates skipped · CSV/);
  const afterCsv = { totals: await readTotals(page, accountId), netWorth: await readNetWorth(page) };
  expect(afterCsv.totals.count).toBe('5');
  expect(afterCsv.netWorth - before.netWorth).toBe(afterCsv.totals.net);

  // The OFX of the same account: the rows the CSV already brought are recognised and skipped.
  const ofxSummary = await importFile(page, accountId, ofxFile, { csv: false });
  const [, added, skipped] = /^(\d+) new, (\d+) duplicates skipped · OFX/.exec(ofxSummary)!;
  expect(Number(skipped)).toBeGreaterThan(0);
  const afterOfx = { totals: await readTotals(page, accountId), netWorth: await readNetWorth(page) };
  expect(Number(afterOfx.totals.count)).toBe(5 + Number(added));
  expect(afterOfx.netWorth - before.netWorth).toBe(afterOfx.totals.net);

  // Both files again: nothing new, and no figure moves.
  expect(await importFile(page, accountId, csvFile, { csv: true })).toMatch(/^0 new, 5 duplicates skipped/);
  expect(await importFile(page, accountId, ofxFile, { csv: false })).toMatch(/^0 new, \d+ duplicates skipped/);
  expect(await readTotals(page, accountId)).toEqual(afterOfx.totals);
  expect(await readNetWorth(page)).toBe(afterOfx.netWorth);

  // Undo every import, newest first: the account is back where it started, to the cent.
  await page.goto(`/accounts/${accountId}/import`);
  const undoButtons = page.getByRole('button', { name: /^Undo the import of/ });
  for (let remaining = await undoButtons.count(); remaining > 0; remaining--) {
    await undoButtons.first().click();
    await expect(undoButtons).toHaveCount(remaining - 1);
  }
  expect(await readTotals(page, accountId)).toEqual(before.totals);
  expect(await readNetWorth(page)).toBe(before.netWorth);
});
