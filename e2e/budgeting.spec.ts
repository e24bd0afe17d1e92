import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import * as oidc from 'openid-client';
import { approveInBrowser } from '../sandbox/test-helpers/sandbox-fixture';
import { sandboxUrl } from '../playwright.config';
import { processNewTransactions } from '../lib/budgeting/process-new-transactions';
import { addIsoDays, addMonths, currentMonth, daysBetween, monthEnd, monthStart } from '../lib/dates';
import { createDb } from '../lib/db';
import { decimalToMinorUnits, formatMoney } from '../lib/money';
import { linkCustomer, SANDBOX_CUSTOMERS, signUp, uniqueEmail } from './helpers';
import { E2E_CLIENT } from './sandbox-bank';

// Budgeting end to end, on the sandbox consumer (joint checking, savings, card, mortgage): the
// dashboard's month totals against an independent sum of what the bank's FDX API serves, a rule,
// a budget's progress, the CSV export, and readability + axe on phone and desktop.

const CONSUMER = SANDBOX_CUSTOMERS.consumer;
const FDX = '/jpmc/servicing/inquiry-maintenance/fdx/v4';
const ACCOUNTS = ['acc-rivera-checking', 'acc-rivera-savings', 'acc-rivera-card', 'acc-rivera-mortgage'];

type BankTx = { id: string; accountId: string; day: string; amount: bigint; status: string; description: string; category: string; type: string };

async function readerToken(): Promise<string> {
  const config = await oidc.discovery(new URL(sandboxUrl), E2E_CLIENT.id, undefined, oidc.ClientSecretBasic(E2E_CLIENT.secret), { algorithm: 'oauth2', execute: [oidc.allowInsecureRequests] });
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, { redirect_uri: E2E_CLIENT.redirectUri, code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier), code_challenge_method: 'S256', state });
  const callback = await approveInBrowser(url, CONSUMER);
  const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state });
  return tokens.access_token;
}

/** Every transaction the bank lists for an account between two days, in our sign (money in > 0). */
async function readTransactions(token: string, accountId: string, start: string, end: string): Promise<BankTx[]> {
  const rows: BankTx[] = [];
  let offset: string | undefined;
  do {
    const query = new URLSearchParams({ startTime: start, endTime: end, limit: '1000', ...(offset ? { offset } : {}) });
    const response = await fetch(`${sandboxUrl}${FDX}/accounts/${accountId}/transactions?${query}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.ok).toBe(true);
    const body = (await response.json()) as { transactions: Record<string, Record<string, unknown>>[]; page?: { nextOffset?: string } };
    for (const item of body.transactions) {
      const t = Object.values(item)[0]!;
      const magnitude = decimalToMinorUnits(t.amount as number);
      const posted = t.status === 'POSTED';
      rows.push({
        id: String(t.transactionId),
        accountId,
        day: String((posted ? t.postedTimestamp : t.transactionTimestamp) ?? t.transactionTimestamp).slice(0, 10),
        amount: t.debitCreditMemo === 'DEBIT' ? -magnitude : magnitude,
        status: String(t.status),
        description: String(t.description ?? ''),
        category: String(t.category ?? ''),
        type: String(t.transactionType ?? ''),
      });
    }
    offset = body.page?.nextOffset || undefined;
  } while (offset);
  return rows;
}

// Written from the definition, not from the app's code: a transfer is a posted row with an equal
// and opposite posted row on another of the customer's accounts within four days, both legs
// described by the bank as a transfer or payment.
function transferIds(rows: BankTx[]): Set<string> {
  const transferish = (r: BankTx) =>
    ['TRANSFER', 'PAYMENT', 'WITHDRAWAL'].includes(r.type) || ['Transfer', 'Credit Card Payment', 'Payment'].includes(r.category) || (r.type === 'DEPOSIT' && ['Transfer', 'Loan', 'Loan Payment', 'Mortgage', 'Interest', 'Payment', 'Credit Card Payment'].includes(r.category));
  const candidates = rows.filter((r) => r.status === 'POSTED' && transferish(r));
  const used = new Set<string>();
  const days = (a: string, b: string) => Math.abs(daysBetween(a, b));
  for (const out of candidates.filter((r) => r.amount < 0n).sort((a, b) => a.day.localeCompare(b.day))) {
    const match = candidates
      .filter((r) => r.amount === -out.amount && r.accountId !== out.accountId && !used.has(r.id) && days(r.day, out.day) <= 4)
      .sort((a, b) => days(a.day, out.day) - days(b.day, out.day))[0];
    if (match) used.add(out.id).add(match.id);
  }
  return used;
}

function lastCompleteMonth(): { month: string; start: string; end: string; label: string } {
  const month = addMonths(currentMonth(new Date()), -1);
  return {
    month,
    start: `${month}-01`,
    end: monthEnd(month),
    // Spelled out here rather than with the app's formatMonth, so a wrong label fails.
    label: monthStart(month).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
}

test.describe.configure({ mode: 'serial' });

test('budgeting on the sandbox consumer: totals to the cent, a rule, a budget, the CSV, phone and desktop', async ({ page }) => {
  test.setTimeout(600_000);
  const month = lastCompleteMonth();
  await signUp(page, uniqueEmail('budget'));
  await linkCustomer(page, 'consumer');

  // The bank's own view of the month (with a few days either side, so transfer pairs across the edge are seen).
  const token = await readerToken();
    const bank = (await Promise.all(ACCOUNTS.map((id) => readTransactions(token, id, addIsoDays(month.start, -6), addIsoDays(month.end, 6))))).flat();
  const transfers = transferIds(bank);
  // The definitions (lib/money-meaning/README.md), with the default settings, applied to the bank's rows:
  // the mortgage counts as the whole payment it received, never its own interest and escrow rows;
  // an investment purchase is a savings contribution, not money out.
  const inMonth = bank.filter((r) => r.status === 'POSTED' && r.day >= month.start && r.day <= month.end);
  const isLoan = (r: BankTx) => r.accountId === 'acc-rivera-mortgage';
  const counted = inMonth.filter((r) => !transfers.has(r.id) && !isLoan(r) && r.category !== 'Investments');
  const loanPayments = inMonth.filter((r) => isLoan(r) && r.amount > 0n).reduce((s, r) => s + r.amount, 0n);
  const moneyIn = counted.filter((r) => r.amount > 0n).reduce((s, r) => s + r.amount, 0n);
  const moneyOut = counted.filter((r) => r.amount < 0n).reduce((s, r) => s - r.amount, 0n) + loanPayments;
  expect(loanPayments).toBeGreaterThan(0n);
  expect(moneyIn).toBeGreaterThan(0n);
  expect(moneyOut).toBeGreaterThan(0n);

  // The dashboard's table for that month, once the first sync has imported it.
  await expect(async () => {
    await page.goto('/dashboard');
    const card = page.getByRole('region', { name: 'Income and expenses, last 12 months' });
    await card.getByText('Show as a table').click();
    const row = card.getByRole('row').filter({ has: page.getByRole('rowheader', { name: month.label, exact: true }) });
    await expect(row.getByRole('cell').nth(0)).toHaveText(formatMoney(moneyIn), { timeout: 2_000 });
    await expect(row.getByRole('cell').nth(1)).toHaveText(formatMoney(moneyOut), { timeout: 2_000 });
  }).toPass({ timeout: 300_000, intervals: [3_000] });

  // A rule: everything from Netflix is "Subscriptions" → moved to "Restaurants" (a visible change).
  await page.goto('/transactions/rules');
  await page.getByLabel('Description contains').fill('NETFLIX');
  await page.getByLabel('Set category').selectOption({ label: 'Restaurants' });
  await page.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByText(/Rule saved and applied: \d+ existing transactions? matched\./)).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/transactions?q=netflix&status=posted`);
  const netflixRows = page.getByRole('table').getByRole('row').filter({ hasText: 'NETFLIX' });
  expect(await netflixRows.count()).toBeGreaterThan(0);
  for (const row of await netflixRows.all()) await expect(row).toContainText('Food › Restaurants');

  // A budget for Restaurants last month, at twice what was spent there: exactly 50%.
  const dining = counted.filter((r) => r.category === '5812' || /netflix/i.test(r.description));
  const diningSpent = dining.reduce((s, r) => s - r.amount, 0n);
  expect(diningSpent).toBeGreaterThan(0n);
  await page.goto(`/budgets?month=${month.month}`);
  await page.getByLabel('Category').selectOption({ label: 'Restaurants' });
  await page.getByLabel('Monthly amount').fill(formatMoney(diningSpent * 2n).replace(/[$,]/g, ''));
  await page.getByRole('button', { name: 'Save budget' }).click();
  const line = page.getByRole('listitem', { name: 'Budget for Food › Restaurants' });
  await expect(line).toContainText(`${formatMoney(diningSpent)} of ${formatMoney(diningSpent * 2n)}`);
  await expect(line).toContainText('50% · On track');
  await expect(line.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');

  // The CSV of last month's posted Netflix charges: BOM, header, one row per charge, exact amounts.
  const netflixBank = counted.filter((r) => /netflix/i.test(r.description));
  await page.goto(`/transactions?q=netflix&status=posted&from=${month.start}&to=${month.end}`);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text.startsWith('\uFEFFDate,Account,Description,Merchant,Category,Amount,Currency,Status,Transfer,Tags,Notes\r\n')).toBe(true);
  // The rows stop at the empty row before the summary (totals) lines.
  const allLines = text.slice(1).split('\r\n');
  const lines = allLines.slice(1, allLines.indexOf(',,,,,,,,,,'));
  expect(allLines.at(-5)).toBe(`Total transactions,,,,,${netflixBank.length},,,,,`);
  expect(lines).toHaveLength(netflixBank.length);
  const amounts = lines.map((l) => l.split(',')[5]).sort();
  expect(amounts).toEqual(netflixBank.map((r) => formatMoney(r.amount).replace(/[$,]/g, '').replace(/^-?/, '-')).sort());

  // Readable and accessible on a phone and a desktop.
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    for (const path of ['/dashboard', '/transactions', `/budgets?month=${month.month}`, '/cash-flow']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways at ${viewport.width}px`).toBeLessThanOrEqual(1);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${path} @${viewport.width}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});

test("bad input and other people's ids: clear messages and 404s, nothing saved", async ({ page }) => {
  const email = uniqueEmail('badinput');
  await signUp(page, email);
  // A little history written straight to the app's database (this test is about the forms, not sync).
  const db = createDb(process.env.DATABASE_URL!);
  try {
    const { workspaceId } = await db.membership.findFirstOrThrow({ where: { user: { email } }, select: { workspaceId: true } });
    const connection = await db.bankConnection.create({ data: { workspaceId, institution: 'chase', status: 'active' } });
    const account = await db.bankAccount.create({ data: { workspaceId, connectionId: connection.id, bankAccountId: 'c', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING', name: 'Checking', currentBalanceMinor: 100_000n } });
    const tx = await db.transaction.create({ data: { workspaceId, accountId: account.id, bankTransactionId: 't1', status: 'posted', amountMinor: -4_200n, bookedOn: new Date(), description: 'TST* LULA CAFE', bankCategory: '5812' } });
    await processNewTransactions(db, workspaceId, [tx.id]);
  } finally {
    await db.$disconnect();
  }

  await page.goto('/budgets');
  await page.getByLabel('Category').selectOption({ label: 'Groceries' });
  await page.getByLabel('Monthly amount').fill('-5');
  await page.getByRole('button', { name: 'Save budget' }).click();
  await expect(page.getByText('A budget cannot be negative.')).toBeVisible();
  await page.getByLabel('Monthly amount').fill('99999999999');
  await page.getByRole('button', { name: 'Save budget' }).click();
  await expect(page.getByText(/more than \$10,000,000 a month/)).toBeVisible();
  await expect(page.getByText('No budgets in effect this month.', { exact: false })).toBeVisible();
  await page.getByLabel('Monthly amount').fill('100');
  await page.getByRole('button', { name: 'Save budget' }).click();
  await expect(page.getByText('Budget saved.')).toBeVisible();

  await page.goto('/transactions/rules');
  // Patterns run on RE2: a back-reference is refused with a message (nested repeats are fine).
  await page.getByLabel('Description matches pattern (advanced)').fill('(a)\\1');
  await page.getByLabel('Set category').selectOption({ label: 'Restaurants' });
  await page.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByText(/feature that is not supported/)).toBeVisible();
  await page.getByLabel('Description matches pattern (advanced)').fill('');
  await page.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByText(/at least one condition/)).toBeVisible();
  await expect(page.getByText('No rules yet.')).toBeVisible();

  await page.goto('/transactions?from=2026-02-30');
  await expect(page.getByText(/"2026-02-30" is not a real date/)).toBeVisible();
  expect((await page.request.get('/api/export/transactions?from=2026-13-01')).status()).toBe(400);
  expect((await page.request.get('/api/export/transactions?account=someone-elses-account')).status()).toBe(404);
  expect((await page.goto('/transactions/someone-elses-transaction'))?.status()).toBe(404);
  expect((await page.request.get('/api/export/cash-flow?from=2026-05&to=2026-01')).status()).toBe(400);
});
