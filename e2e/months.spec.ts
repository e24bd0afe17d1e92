import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addMonths, currentMonth, monthEnd, monthStart } from '../lib/dates';
import { LAYOUTS, linkCustomer, signUp, uniqueEmail } from './helpers';

// Months end to end on the sandbox consumer, on a desktop (1366×900) and a phone (390×844), each
// in light and dark: pick last month on the dashboard and see its categories; every figure of the
// category × month report equals the total of the transaction list it opens; the list keeps its
// filters through a transaction and back; the CSV is named after its range and ends in its totals.

const LAST = addMonths(currentMonth(new Date()), -1);
const FIRST = addMonths(LAST, -2);
// Spelled out here rather than with the app's formatMonth, so a wrong label fails.
const label = (month: string, style: 'long' | 'short' = 'long') => monthStart(month).toLocaleDateString('en-US', { month: style, year: 'numeric', timeZone: 'UTC' });

/** "-$1,234.56" / "+$12.00" / "$0.00" / "-12.50" → minor units, read independently of lib/money. */
function cents(text: string): bigint {
  const match = /^([+-]?)\$?([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`not an amount: "${text}"`);
  const value = BigInt(match[2]!.replace(/,/g, '')) * 100n + BigInt(match[3]!);
  return match[1] === '-' ? -value : value;
}

// In the run's own data folder (scripts/test-e2e.sh makes one per run): the same file for every worker.
const storage = path.join(process.env.CASHLENS_DATA_DIR ?? os.tmpdir(), 'months-e2e-session.json');

// In file order (one worker): the first test links the consumer and saves the session the others use.

test('a consumer with history (linked once, shared by the layouts below)', async ({ page }) => {
  test.setTimeout(600_000);
  await signUp(page, uniqueEmail('months'));
  await linkCustomer(page, 'consumer');
  // The first sync imports the whole history; wait until last month has spending.
  await expect(async () => {
    await page.goto(`/spending?from=${LAST}&to=${LAST}`);
    await expect(page.getByRole('group', { name: 'Spending by category and month' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 300_000, intervals: [3_000] });
  // Then until the whole run is over (the worker pairs transfers and loan payments after the import):
  // the first-sync banner shows while it runs. Pages compared below must not straddle that work.
  await expect(async () => {
    await page.goto(`/spending?from=${LAST}&to=${LAST}`);
    await expect(page.getByRole('region', { name: 'First sync' })).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 300_000, intervals: [3_000] });
  await page.context().storageState({ path: storage });
});

async function expectReadable(page: Page, where: string) {
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(1);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The report's rows as { label → amount in a month column }. */
async function reportColumn(table: Locator, monthIndex: number): Promise<Map<string, bigint>> {
  const column = new Map<string, bigint>();
  for (const row of await table.locator('tbody tr').all()) {
    const name = (await row.getByRole('rowheader').innerText()).trim();
    if (name === 'Total') continue;
    column.set(name, cents(await row.getByRole('cell').nth(monthIndex).locator('span.tabular').first().innerText()));
  }
  return column;
}

for (const layout of LAYOUTS) {
  test.describe(layout.name, () => {
    test.use({ viewport: layout.viewport, colorScheme: layout.colorScheme, storageState: storage });

    test('last month on the dashboard shows its categories, matching the report', async ({ page }) => {
      await page.goto('/dashboard');
      await expect(page.getByRole('region', { name: `This month: ${label(currentMonth(new Date()))}` })).toBeVisible();
      await page.getByLabel('Month', { exact: true }).fill(LAST);
      await page.getByRole('button', { name: 'Show' }).click();
      await expect(page).toHaveURL(new RegExp(`/dashboard\\?month=${LAST}$`));
      await expect(page.getByRole('heading', { level: 2, name: label(LAST), exact: true })).toBeVisible();
      // The picker is one row on a phone too: both arrows, the field and Show end on the same line.
      const bottoms = await page.getByRole('navigation', { name: 'Choose a month' }).locator(':scope > *').evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().bottom)));
      expect(new Set(bottoms).size, `month picker item bottoms: ${bottoms.join(', ')}`).toBe(1);
      // Like with like: a finished month is compared whole with the month before.
      await expect(page.getByText('Whole month against the month before')).toBeVisible();

      const card = page.getByRole('region', { name: 'Spending by category' });
      await card.getByText('Show as a table').click();
      const shown = new Map<string, bigint>();
      for (const row of await card.getByRole('group', { name: `Spending by category, ${label(LAST)}` }).locator('tbody tr').all()) {
        shown.set((await row.getByRole('rowheader').innerText()).trim(), cents(await row.getByRole('cell').first().innerText()));
      }
      expect(shown.size).toBeGreaterThan(0);

      // The same month in the report: each top-level category is the sum of its own and its children's rows.
      await page.goto(`/spending?from=${LAST}&to=${LAST}`);
      const column = await reportColumn(page.getByRole('group', { name: 'Spending by category and month' }), 0);
      for (const [name, amount] of shown) {
        const sum = [...column].filter(([row]) => row === name || row.startsWith(`${name} › `)).reduce((total, [, cell]) => total + cell, 0n);
        expect(sum, name).toBe(amount);
      }
      await page.goto(`/dashboard?month=${LAST}`);
      await expectReadable(page, `dashboard ${LAST}`);
      // A month that is not one: a message, this month instead, never an error page.
      await page.goto('/dashboard?month=2026-13');
      await expect(page.getByText('"2026-13" is not a month')).toBeVisible();
    });

    test('each report figure equals the total of the list it opens; the list keeps its filters', async ({ page }) => {
      await page.goto(`/spending?from=${FIRST}&to=${LAST}`);
      const table = page.getByRole('group', { name: 'Spending by category and month' });
      await expect(table.getByRole('columnheader', { name: label(LAST, 'short') })).toBeVisible();
      await expectReadable(page, 'spending report');
      // The biggest category's figure for last month (rows are sorted by total, biggest first).
      const row = table.locator('tbody tr').filter({ has: page.locator('td:nth-of-type(3) a') }).first();
      const category = (await row.getByRole('rowheader').innerText()).trim();
      const link = row.getByRole('cell').nth(2).getByRole('link');
      const cell = cents(await link.locator('span.tabular').innerText());
      await link.click();
      await expect(page).toHaveURL(/\/transactions\?/);
      const url = new URL(page.url());
      expect(url.searchParams.get('from')).toBe(`${LAST}-01`);
      expect(url.searchParams.get('to')).toBe(monthEnd(LAST));
      expect(url.searchParams.get('status')).toBe('posted');

      // The list's totals, and the sum of the rows themselves (one page is plenty for a category-month).
      const totals = page.getByRole('region', { name: 'Totals for these filters' });
      const figure = async (name: string) => cents(await totals.locator('div').filter({ has: page.getByText(name, { exact: true }) }).locator('dd').innerText());
      const moneyIn = await figure('Money in');
      const moneyOut = await figure('Money out');
      expect(moneyOut - moneyIn, `${category}, ${LAST}`).toBe(cell);
      await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0);
      const amounts = await page.getByRole('group', { name: 'Transactions' }).locator('tbody tr td:last-child').allInnerTexts();
      expect(amounts.length).toBeGreaterThan(0);
      expect(-amounts.map(cents).reduce((a, b) => a + b, 0n)).toBe(cell);
      expect(Number(await totals.locator('div').filter({ has: page.getByText('Transactions', { exact: true }) }).locator('dd').innerText())).toBe(amounts.length);

      // Into a transaction and back: the same filters.
      const listUrl = page.url();
      await page.getByRole('group', { name: 'Transactions' }).locator('tbody tr').first().getByRole('link').click();
      await page.getByRole('link', { name: 'Back to transactions' }).click();
      expect(new URL(page.url()).search).toBe(new URL(listUrl).search);

      if (layout.name === 'desktop, light') {
        // The export is named after its range and ends with the same totals.
        const downloadPromise = page.waitForEvent('download');
        await page.getByRole('link', { name: 'Export CSV' }).click();
        const download = await downloadPromise;
        expect(download.suggestedFilename()).toBe(`cashlens-transactions-${LAST}-01-to-${monthEnd(LAST)}.csv`);
        const text = fs.readFileSync((await download.path())!, 'utf8');
        const lines = text.split('\r\n');
        expect(lines.at(-5)).toBe(`Total transactions,,,,,${amounts.length},,,,,`);
        expect(cents(lines.at(-2)!.split(',')[5]!)).toBe(moneyIn - moneyOut);
      }
    });
  });
}

test('budgets carry forward into the next month until changed', async ({ page }) => {
  await page.context().addCookies(JSON.parse(fs.readFileSync(storage, 'utf8')).cookies);
  await page.goto(`/budgets?month=${LAST}`);
  await page.getByLabel('Category').selectOption({ label: 'Groceries' });
  await page.getByLabel('Monthly amount').fill('321');
  await page.getByRole('button', { name: 'Save budget' }).click();
  await expect(page.getByText('Budget saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Next month' }).click();
  const budget = page.getByRole('listitem', { name: 'Budget for Food › Groceries' });
  await expect(budget).toContainText(`$321.00 (since ${label(LAST)})`);
  await budget.getByRole('button', { name: /Remove the .* budget from/ }).click();
  await expect(page.getByText('No budgets in effect this month.')).toBeVisible();
  await page.getByRole('link', { name: 'Previous month' }).click();
  await expect(page.getByRole('listitem', { name: 'Budget for Food › Groceries' })).toBeVisible();
});
