import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addMonths, currentMonth, formatMonth, toIsoDay } from '../lib/dates';
import { signUp, uniqueEmail } from './helpers';

// Manual accounts end to end: a person with no bank linked adds a cash wallet and a house with two
// dated values, enters a purchase by hand, and finds them in the dashboard's month totals, the
// budget's progress and net worth (today and month by month). Dates follow the app's clock (UTC
// days), worked out from it rather than fixed, and every figure is derived from what was typed.

test('a cash account and a house count in the dashboard, budgets and net worth', async ({ page }) => {
  const today = toIsoDay(new Date());
  const month = currentMonth();
  const twoMonthsAgo = `${addMonths(month, -2)}-01`;
  const lastMonth = `${addMonths(month, -1)}-01`;
  await signUp(page, uniqueEmail('manual'));
  await page.goto('/accounts');

  const addForm = page.getByRole('form', { name: 'Add a manual account' });
  await addForm.getByLabel('Account name').fill('Wallet');
  await addForm.getByLabel('Kind').selectOption({ label: 'Cash' });
  await addForm.getByLabel('Opening date').fill(lastMonth);
  // Bad input first: a clear message, and nothing saved.
  await addForm.getByLabel('Opening balance').fill('12,34');
  await addForm.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByText('Enter the opening balance as a number, like 1250.00.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Wallet/ })).toHaveCount(0);
  await page.getByRole('form', { name: 'Add a manual account' }).getByLabel('Opening balance').fill('200');
  await page.getByRole('form', { name: 'Add a manual account' }).getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByText('Added Wallet.')).toBeVisible();

  const houseForm = page.getByRole('form', { name: 'Add a manual account' });
  await houseForm.getByLabel('Account name').fill('House');
  await houseForm.getByLabel('Kind').selectOption({ label: 'Property' });
  await houseForm.getByLabel('Opening date').fill(twoMonthsAgo);
  await houseForm.getByLabel('Opening balance').fill('350000');
  await houseForm.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByText('Added House.')).toBeVisible();

  const house = page.getByRole('region', { name: /^House/ });
  await expect(house.getByText('Manual')).toBeVisible();
  await house.getByText('Add a value').click();
  await house.getByLabel('Date of the value').fill(`${month}-01`);
  await house.getByLabel('Value', { exact: true }).fill('365000');
  await house.getByRole('button', { name: 'Save value' }).click();
  await expect(house.getByText('Value saved.')).toBeVisible();
  await expect(house.getByText('$365,000.00').first()).toBeVisible();

  const wallet = page.getByRole('region', { name: /^Wallet/ });
  await wallet.getByText('Add a transaction').click();
  await wallet.getByLabel('Date', { exact: true }).fill(today);
  await wallet.getByLabel('Description').fill('Farmers market');
  await wallet.getByLabel('Amount', { exact: true }).fill('42.50');
  await wallet.getByLabel('Money in or out').selectOption('out');
  await wallet.getByLabel('Category').selectOption({ label: 'Groceries' });
  await wallet.getByRole('button', { name: 'Add transaction' }).click();
  await expect(wallet.getByText('Transaction added.')).toBeVisible();
  await expect(wallet.getByText('$157.50')).toBeVisible();

  // Budgets: the hand-entered purchase is this month's grocery spending.
  await page.goto(`/budgets?month=${month}`);
  await page.getByLabel('Category').selectOption({ label: 'Groceries' });
  await page.getByLabel('Monthly amount').fill('100');
  await page.getByRole('button', { name: 'Save budget' }).click();
  await expect(page.getByRole('listitem', { name: 'Budget for Food › Groceries' })).toContainText('$42.50 of $100.00');

  // Dashboard: money out this month, and net worth with both accounts marked manual.
  await page.goto('/dashboard');
  const overview = page.getByRole('region', { name: `This month: ${formatMonth(month)}` });
  await expect(overview.getByRole('definition').nth(1)).toHaveText('$42.50');
  const worth = page.getByRole('region', { name: 'Balances and net worth' });
  await expect(worth.getByText('$365,157.50').first()).toBeVisible();
  await expect(worth.getByRole('listitem').filter({ hasText: 'Wallet' })).toContainText('Manual');
  await expect(worth.getByRole('listitem').filter({ hasText: 'House' })).toContainText('$365,000.00');
  // Month by month: the house alone two months ago, then the wallet joins; this month both values moved.
  await worth.getByText('Show as a table').click();
  const row = (m: string) => worth.getByRole('row').filter({ has: page.getByRole('rowheader', { name: formatMonth(m), exact: true }) });
  await expect(row(addMonths(month, -2)).getByRole('cell').nth(2)).toHaveText('$350,000.00');
  await expect(row(addMonths(month, -1)).getByRole('cell').nth(2)).toHaveText('$350,200.00');
  await expect(row(month).getByRole('cell').nth(2)).toHaveText('$365,157.50');

  // Correcting the amount by hand moves the month's totals with it.
  await page.goto('/accounts');
  const walletAgain = page.getByRole('region', { name: /^Wallet/ });
  await walletAgain.getByText('Edit', { exact: true }).click();
  const edit = walletAgain.getByRole('form', { name: 'Edit Farmers market' });
  await expect(edit.getByLabel('Amount', { exact: true })).toHaveValue('42.50');
  await edit.getByLabel('Amount', { exact: true }).fill('45');
  await edit.getByRole('button', { name: 'Save transaction' }).click();
  await expect(walletAgain.getByText('Transaction saved.')).toBeVisible();
  await expect(walletAgain.getByText('$155.00')).toBeVisible();
  await page.goto('/dashboard');
  await expect(page.getByRole('region', { name: `This month: ${formatMonth(month)}` }).getByRole('definition').nth(1)).toHaveText('$45.00');

  // The Accounts page with manual accounts, opened forms included, on a phone: no sideways scroll, no serious axe findings.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/accounts');
  for (const summary of await page.getByText(/^Add a (value|transaction)$/).all()) await summary.click();
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
