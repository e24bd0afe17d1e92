import { expect, test } from '@playwright/test';
import { CREDIT_UNION, linkCustomer, signUp, uniqueEmail } from './helpers';
import { addManualAccount, importFile, importFixture, readAccountTotals, readMonthMoneyOut, readNetWorth, undoAllImports } from './money-readers';

// Every account in one place, as one person would set it up: the Riveras at the sandbox Chase, their
// second card at the second sandbox bank, a cash wallet, a house with two dated values, and the
// wallet's bank files imported by hand. Net worth and the month's money out take in every part;
// undoing the imports puts both back to the cent. Figures are read from the app before and after
// each step (the banks' data moves with the sandbox clock; the files' dates are fixed).

const FILE_MONTH = '2026-11';

test('two banks, a wallet, a house and imported files all count; undo restores the totals', async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page, uniqueEmail('every-account'));
  await linkCustomer(page, 'consumer');
  const chaseOnly = await readNetWorth(page);
  await linkCustomer(page, 'consumer2', CREDIT_UNION);
  // Both first syncs must be over before any month is read: they fill in the current and the
  // previous month first, so a month read mid-sync can still grow (from 1 December, November did).
  await expect(async () => {
    await page.goto('/accounts');
    await expect(page.getByRole('region', { name: 'First sync' })).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 120_000, intervals: [2_000] });
  const bothBanks = await readNetWorth(page);
  expect(bothBanks).toBeLessThan(chaseOnly); // the credit union holds a card: money owed

  const wallet = await addManualAccount(page, { name: 'Wallet', kind: 'Cash', openedOn: '2026-01-01', opening: '200' });
  await addManualAccount(page, { name: 'House', kind: 'Property', openedOn: '2026-01-01', opening: '350000' });
  const house = page.getByRole('region', { name: /^House/ });
  await house.getByText('Add a value').click();
  await house.getByLabel('Date of the value').fill('2026-10-01');
  await house.getByLabel('Value', { exact: true }).fill('365000');
  await house.getByRole('button', { name: 'Save value' }).click();
  await expect(house.getByText('Value saved.')).toBeVisible();
  const withManual = await readNetWorth(page);
  expect(withManual - bothBanks).toBe(200_00n + 365_000_00n);

  const moneyOutBefore = await readMonthMoneyOut(page, FILE_MONTH);
  expect(await importFile(page, wallet, importFixture('chase-checking.csv'), { csv: true })).toMatch(/^5 new/);
  await importFile(page, wallet, importFixture('bank-1x.ofx'), { csv: false });
  expect(await importFile(page, wallet, importFixture('chase-checking.csv'), { csv: true })).toMatch(/^0 new/);
  expect(await importFile(page, wallet, importFixture('bank-1x.ofx'), { csv: false })).toMatch(/^0 new/);

  // The imported rows: in the wallet's balance (net worth) and in November's money out.
  const imported = await readAccountTotals(page, wallet);
  expect(await readNetWorth(page)).toBe(withManual + imported.net);
  await page.goto(`/transactions?account=${wallet}&from=${FILE_MONTH}-01&to=${FILE_MONTH}-30`);
  const walletOutInMonth = (await page.getByRole('region', { name: 'Totals for these filters' }).getByText('Money out', { exact: true }).locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
  const expectedOut = moneyOutBefore + BigInt(walletOutInMonth.replace(/[^0-9]/g, ''));
  expect(await readMonthMoneyOut(page, FILE_MONTH)).toBe(expectedOut);

  await undoAllImports(page, wallet);
  expect(await readNetWorth(page)).toBe(withManual);
  expect(await readMonthMoneyOut(page, FILE_MONTH)).toBe(moneyOutBefore);
});
