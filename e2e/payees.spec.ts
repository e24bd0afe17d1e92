import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { LAYOUTS, linkInPopup, signUp, uniqueEmail } from './helpers';

// Renaming a payee renames all its transactions and the ones the bank sends later; the list and
// its search know both the new name and the bank's raw descriptor. On a desktop and a phone, each
// in light and dark (the bank is linked at desktop size, where its pages open in a popup).

const url = () => process.env.DATABASE_URL!;

// Plays the bank "forgetting" we had a row: deleting it makes the next sync write it afresh,
// the way a newly synced transaction is written.
async function takeNewestRow(email: string, payee: string): Promise<{ bankTransactionId: string; description: string }> {
  const select = `SELECT t."id", t."bankTransactionId", t."description" FROM "Transaction" t JOIN "Membership" m ON m."workspaceId" = t."workspaceId" JOIN "User" u ON u."id" = m."userId" WHERE u."email" = $1 AND t."payee" = $2 ORDER BY t."bookedOn" DESC LIMIT 1`;
  const remove = `DELETE FROM "Transaction" WHERE "id" = $1`;
  if (url().startsWith('file:')) {
    const db = new Database(url().slice('file:'.length), { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      const row = db.prepare(select.replace('$1', '?').replace('$2', '?')).get(email, payee) as { id: string; bankTransactionId: string; description: string };
      db.prepare(remove.replace('$1', '?')).run(row.id);
      return row;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    const row = (await client.query(select, [email, payee])).rows[0] as { id: string; bankTransactionId: string; description: string };
    await client.query(remove, [row.id]);
    return row;
  } finally {
    await client.end();
  }
}

// The same sandbox customer is linked by every layout's user: the row is looked up by its owner too.
async function payeeOfBankRow(email: string, bankTransactionId: string): Promise<string | null> {
  const sql = `SELECT t."payee" FROM "Transaction" t JOIN "Membership" m ON m."workspaceId" = t."workspaceId" JOIN "User" u ON u."id" = m."userId" WHERE u."email" = $1 AND t."bankTransactionId" = $2`;
  if (url().startsWith('file:')) {
    const db = new Database(url().slice('file:'.length), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(sql.replace('$1', '?').replace('$2', '?')).get(email, bankTransactionId) as { payee: string | null } | undefined)?.payee ?? null;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return ((await client.query(sql, [email, bankTransactionId])).rows[0] as { payee: string | null } | undefined)?.payee ?? null;
  } finally {
    await client.end();
  }
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const layout of LAYOUTS) {
  test.describe(layout.name, () => {
    test.use({ colorScheme: layout.colorScheme });

    test('renaming a payee renames its transactions and newly synced ones; search finds it by both names', async ({ page }) => {
      test.setTimeout(180_000);
      const email = uniqueEmail('payees');
      await signUp(page, email);
      await page.setViewportSize(LAYOUTS[0]!.viewport);
      await page.goto('/accounts');
      await linkInPopup(page, { customer: 'single' });
      await expect(page.getByText(/Last synced/)).toBeVisible({ timeout: 90_000 });
      await page.setViewportSize(layout.viewport);

      // The newest transaction's payee: its rows reach into the days the next sync reads again.
      await page.goto('/transactions');
      const rows = page.locator('tbody tr');
      const firstName = rows.first().getByRole('link').first();
      const oldName = (await firstName.textContent())!.trim();
      await firstName.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldName);
      const nameField = page.getByLabel('Payee name');
      await expect(nameField).toHaveValue(oldName);
      await nameField.fill('Morning Coffee Spot');
      await page.getByRole('button', { name: 'Rename payee' }).click();
      await expect(page.getByRole('status').filter({ hasText: /Renamed to "Morning Coffee Spot" on \d+ transactions/ })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Morning Coffee Spot');

      // Every transaction of that payee carries the new name, with the bank's descriptor shown once.
      await page.goto(`/transactions?${new URLSearchParams({ q: 'Morning Coffee Spot' })}`);
      const renamed = page.locator('tbody tr');
      expect(await renamed.count()).toBeGreaterThan(1);
      for (const row of await renamed.all()) await expect(row.getByRole('link').first()).toHaveText('Morning Coffee Spot');
      const rawDescriptor = (await renamed.first().locator('td').nth(2).locator('div.tx-note').first().textContent())!.trim();
      expect(rawDescriptor).not.toBe('Morning Coffee Spot');

      // Search by the bank's raw descriptor finds the same rows, under the new name.
      await page.goto(`/transactions?${new URLSearchParams({ q: rawDescriptor })}`);
      await expect(page.locator('tbody tr').first().getByRole('link').first()).toHaveText('Morning Coffee Spot');

      // A row the next sync writes afresh takes the new name.
      const taken = await takeNewestRow(email, 'Morning Coffee Spot');
      expect(await payeeOfBankRow(email, taken.bankTransactionId)).toBeNull();
      await page.goto('/accounts');
      await page.getByRole('button', { name: 'Sync now' }).click();
      await page.locator('summary', { hasText: 'Sync history' }).click();
      await expect(page.getByRole('row').filter({ hasText: 'Sync now' })).toContainText('Done', { timeout: 60_000 });
      expect(await payeeOfBankRow(email, taken.bankTransactionId)).toBe('Morning Coffee Spot');

      // The payees page lists it under the new name with its count.
      await page.goto('/transactions/payees');
      await expect(page.getByRole('row').filter({ hasText: 'Morning Coffee Spot' })).toContainText('(your name)');
      await page.getByRole('link', { name: 'Rename Morning Coffee Spot' }).click();
      await expect(page.getByLabel('Payee name')).toHaveValue('Morning Coffee Spot');
      const payeesPage = page.url();

      // The payees page (with its rename form) and a transaction with the payee form pass axe.
      await page.goto(`/transactions?${new URLSearchParams({ q: 'Morning Coffee Spot' })}`);
      await page.locator('tbody tr').first().getByRole('link').first().click();
      const detailPage = page.url();
      for (const path of [payeesPage, detailPage]) {
        await page.goto(path);
        await expectNoSeriousViolations(page);
      }
    });
  });
}
