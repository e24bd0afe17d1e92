import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addMonths, currentMonth, monthEnd } from '../lib/dates';
import { formatMoney } from '../lib/money';
import { LAYOUTS, signUp, uniqueEmail } from './helpers';

// Category management and savings goals end to end, on a person with one hand-kept cash account:
// create a category (a duplicate name is refused), rename it, spend in it, budget it and give it a
// rule, merge it into Restaurants and see the transactions, the budget and the rule move; hide a
// category and see it leave the picker; add a goal and find its monthly amount on the dashboard.
// On a desktop and a phone, each in light and dark. Dates follow the app's clock.

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function addPurchase(page: Page, description: string, amount: string, category: string) {
  await page.goto('/accounts');
  const wallet = page.getByRole('region', { name: /^Wallet/ });
  await wallet.getByText('Add a transaction', { exact: true }).click();
  const form = wallet.getByRole('form', { name: 'Add a transaction' });
  await form.getByLabel('Description').fill(description);
  await form.getByLabel('Amount', { exact: true }).fill(amount);
  await form.getByLabel('Money in or out').selectOption('out');
  await form.getByLabel('Category').selectOption({ label: category });
  await form.getByRole('button', { name: 'Add transaction' }).click();
  await expect(wallet.getByText('Transaction added.')).toBeVisible();
}

for (const layout of LAYOUTS) {
  test.describe(layout.name, () => {
    test.use({ viewport: layout.viewport, colorScheme: layout.colorScheme });

    test('create, rename, merge and hide categories; a goal shows its monthly amount on the dashboard', async ({ page }) => {
      // One long story on a shared two-core machine.
      test.setTimeout(240_000);
      const month = currentMonth();
      await signUp(page, uniqueEmail('categories'));
      await page.goto('/accounts');
      const addAccount = page.getByRole('form', { name: 'Add a manual account' });
      await addAccount.getByLabel('Account name').fill('Wallet');
      await addAccount.getByLabel('Kind').selectOption({ label: 'Cash' });
      await addAccount.getByLabel('Opening date').fill(`${month}-01`);
      await addAccount.getByLabel('Opening balance').fill('500');
      await addAccount.getByRole('button', { name: 'Add account' }).click();
      await expect(page.getByText('Added Wallet.')).toBeVisible();

      // Create: a name that exists in another case is refused, then a new one is added to Food.
      await page.goto('/budgets/categories');
      const create = page.getByRole('region', { name: 'Add a category' });
      await create.getByLabel('Name').fill('groceries');
      await create.getByLabel('Group', { exact: true }).selectOption({ label: 'Food' });
      await create.getByRole('button', { name: 'Add category' }).click();
      await expect(create.getByText('You already have a category named “groceries”.')).toBeVisible();
      await create.getByLabel('Name').fill('Espreso');
      await create.getByLabel('Group', { exact: true }).selectOption({ label: 'Food' });
      await create.getByLabel('Teal').check();
      await create.getByRole('button', { name: 'Add category' }).click();
      await expect(create.getByText('Added “Espreso”.')).toBeVisible();

      // Rename the typo.
      const typo = page.getByRole('listitem', { name: 'Category Espreso' });
      await typo.getByText('Edit Espreso').click();
      await typo.getByLabel('New name for Espreso').fill('Espresso');
      await typo.getByRole('button', { name: 'Save Espreso' }).click();
      await expect(page.getByRole('listitem', { name: 'Category Espresso' })).toBeVisible();

      // Spend in it and budget it, and budget Restaurants too.
      await addPurchase(page, 'Bean bar', '4.50', 'Espresso');
      await addPurchase(page, 'Bean bar again', '5.50', 'Espresso');
      await page.goto(`/budgets?month=${month}`);
      for (const [category, amount] of [['Espresso', '30'], ['Restaurants', '100']] as const) {
        await page.getByLabel('Category').selectOption({ label: category });
        await page.getByLabel('Monthly amount').fill(amount);
        await page.getByRole('button', { name: 'Save budget' }).click();
        await expect(page.getByText('Budget saved.')).toBeVisible();
      }
      await expect(page.getByRole('listitem', { name: 'Budget for Food › Espresso' })).toContainText('$10.00 of $30.00');
      await expect(page.getByRole('region', { name: 'Food budgets' })).toBeVisible();

      // A rule that files bean bar purchases under Espresso.
      await page.goto('/transactions/rules');
      await page.getByLabel('Description contains').fill('BEAN BAR');
      await page.getByLabel('Set category').selectOption({ label: 'Espresso' });
      await page.getByRole('button', { name: 'Save rule' }).click();
      await expect(page.getByText(/Rule saved and applied/)).toBeVisible();
      await expect(page.getByText('When description contains "BEAN BAR", set category Food › Espresso.')).toBeVisible();

      // Merge Espresso into Restaurants: merging into itself is refused, then both move.
      await page.goto('/budgets/categories');
      const merge = page.getByRole('region', { name: 'Merge two categories' });
      await merge.getByLabel('Merge this category').selectOption({ label: 'Espresso' });
      await merge.getByLabel('Into this one').selectOption({ label: 'Espresso' });
      await merge.getByRole('button', { name: 'Merge categories' }).click();
      await expect(merge.getByText('Choose a different category to merge into.')).toBeVisible();
      await merge.getByLabel('Merge this category').selectOption({ label: 'Espresso' });
      await merge.getByLabel('Into this one').selectOption({ label: 'Restaurants' });
      await merge.getByRole('button', { name: 'Merge categories' }).click();
      await expect(merge.getByText('Merged: 2 transactions and 1 budget moved.')).toBeVisible();
      await expect(page.getByRole('listitem', { name: 'Category Espresso' })).toHaveCount(0);

      await page.goto(`/budgets?month=${month}`);
      await expect(page.getByRole('listitem', { name: 'Budget for Food › Espresso' })).toHaveCount(0);
      await expect(page.getByRole('listitem', { name: 'Budget for Food › Restaurants' })).toContainText('$10.00 of $130.00');
      await page.goto('/transactions');
      // The list names each row by its payee, cleaned from what was typed ("Bean bar" → "Bean Bar").
      for (const payee of [/^Bean bar$/i, /^Bean bar again$/i]) {
        await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name: payee }) })).toContainText('Food › Restaurants');
      }

      await page.goto('/transactions/rules');
      await expect(page.getByText('When description contains "BEAN BAR", set category Food › Restaurants.')).toBeVisible();

      // Hide: no longer offered when picking, still listed (as hidden) on the categories page.
      await page.goto('/budgets/categories');
      await page.getByRole('button', { name: 'Hide Car rental' }).click();
      await expect(page.getByRole('listitem', { name: 'Category Car rental' }).getByText('Hidden', { exact: true })).toBeVisible();
      await page.goto(`/budgets?month=${month}`);
      await expect(page.getByLabel('Category').locator('option', { hasText: 'Car rental' })).toHaveCount(0);
      await expect(page.getByLabel('Category').locator('option', { hasText: 'Flights' })).toHaveCount(1);

      // A goal: 1,200.00 by the end of the month after next, saved in the wallet (500.00 − 10.00).
      await page.goto('/goals');
      const addGoal = page.getByRole('region', { name: 'Add a goal' });
      await addGoal.getByLabel('Goal', { exact: true }).fill('Holiday');
      await addGoal.getByLabel('Amount to save').fill('1200');
      await addGoal.getByLabel('Reach it by').fill(monthEnd(addMonths(month, 2)));
      await addGoal.getByLabel('Saved in').selectOption({ label: 'Wallet' });
      await addGoal.getByRole('button', { name: 'Add goal' }).click();
      await expect(addGoal.getByText('Added “Holiday”.')).toBeVisible();
      // Three months (this one counted), rounded up to the cent: (120,000 − 49,000) / 3 → 23,667.
      const monthly = formatMoney((120_000n - 49_000n + 2n) / 3n);
      expect(monthly).toBe('$236.67');
      await page.goto('/dashboard');
      const goal = page.getByRole('region', { name: 'Savings goals' }).getByRole('listitem', { name: 'Goal Holiday' });
      await expect(goal).toContainText(`Save ${monthly} a month for 3 months`);
      await expect(goal).toContainText('$490.00 of $1,200.00');

      // The new pages pass axe, with a form opened.
      await page.goto('/budgets/categories');
      await page.getByText('Edit Restaurants').click();
      await expectNoSeriousViolations(page);
      await page.goto('/goals');
      await page.getByText('Edit Holiday').click();
      await expectNoSeriousViolations(page);
    });
  });
}
