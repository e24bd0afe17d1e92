import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualAccount } from '@/lib/accounts/manual-accounts';
import { manualAccountSchema } from '@/lib/accounts/manual-schema';
import { getBudgetMonth, setBudget } from '@/lib/budgeting/budgets';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { ruleInputSchema } from '@/lib/categories/rule-schema';
import { createRule } from '@/lib/categories/rules';
import { parseIsoDay } from '@/lib/dates';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { getMonthOverview } from '@/lib/insights/dashboard';
import { getAccountBalances } from '@/lib/insights/net-worth';
import { parseCsv } from './csv/parse-csv';
import { proposeCsvMapping } from './csv/propose-csv-mapping';
import type { FileFormat } from './detect-file-format';
import { importFile } from './import-file';
import { ImportError } from './import-error';
import { parseOfx } from './ofx/parse-ofx';
import { collectRows, openFixture, readFixture } from './test-helpers/fixtures';
import { listImports, undoImport } from './undo-import';
import { createTestPerson } from '@/lib/workspaces/test-helpers/person';

// File import against a real database (SQLite or PostgreSQL per CASHLENS_TEST_DB): the totals the
// dashboard, budgets and net worth read move by exactly the file's sum, a re-import adds nothing,
// undo puts every total back, and a bad file leaves nothing behind. Expected sums come from the
// parsers reading the same fixture, not from numbers typed here.

const NOW = new Date('2026-12-05T12:00:00Z');
const MONTH = '2026-11';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function newUser() {
  const user = await createTestPerson(t.db, { email: `i${Math.random().toString(36).slice(2)}@example.test` });
  return user.id;
}

async function newManualAccount(workspaceId: string) {
  return createManualAccount(t.db, workspaceId, manualAccountSchema('2026-12-05').parse({ name: 'Old checking', kind: 'cash', currency: 'USD', openingDate: '2026-01-01', openingBalance: '1000' }), NOW);
}

const chaseMapping = () => proposeCsvMapping(readFixture('chase-checking.csv').toString('utf8'))!.mapping;

function fileOf(name: string, format: FileFormat) {
  return { fileName: name, format, open: () => openFixture(name), ...(format === 'csv' ? { mapping: chaseMapping() } : {}) };
}

async function fileSum(name: string, format: FileFormat) {
  const rows = await collectRows(format === 'csv' ? parseCsv(openFixture(name), chaseMapping()) : parseOfx(openFixture(name)));
  return { count: rows.length, sum: rows.reduce((s, r) => s + r.amountMinor, 0n), out: rows.reduce((s, r) => s + (r.amountMinor < 0n ? -r.amountMinor : 0n), 0n) };
}

async function totals(workspaceId: string, accountName: string) {
  const overview = await getMonthOverview(t.db, workspaceId, MONTH);
  const balance = (await getAccountBalances(t.db, workspaceId)).find((b) => b.name === accountName)?.balanceMinor;
  return { inflow: overview.totals.inflowMinor, outflow: overview.totals.outflowMinor, balance };
}

describe('importFile', () => {
  it('imports a CSV and an OFX into a manual account; re-import adds nothing; undo restores every total', async () => {
    const workspaceId = await newUser();
    const categories = await ensureDefaultCategories(t.db, workspaceId);
    const coffee = categories.find((c) => c.key === 'food.coffee') ?? categories.find((c) => c.kind === 'expense')!;
    await createRule(t.db, workspaceId, ruleInputSchema.parse({ descriptionContains: 'starbucks', setCategoryId: coffee.id }));
    await setBudget(t.db, workspaceId, { categoryId: coffee.id, month: MONTH, amount: 10_000n, rollover: false });
    const accountId = await newManualAccount(workspaceId);
    const before = await totals(workspaceId, 'Old checking');
    const csv = await fileSum('chase-checking.csv', 'csv');

    const preview = await importFile(t.db, workspaceId, accountId, fileOf('chase-checking.csv', 'csv'), { dryRun: true, now: NOW });
    expect([preview.added, preview.skipped, preview.committed]).toEqual([csv.count, 0, false]);
    expect(await t.db.transaction.count({ where: { accountId } })).toBe(0);
    expect(await t.db.importBatch.count({ where: { accountId } })).toBe(0);

    const first = await importFile(t.db, workspaceId, accountId, fileOf('chase-checking.csv', 'csv'), { now: NOW });
    expect([first.added, first.addedMinor]).toEqual([csv.count, csv.sum]);
    const afterCsv = await totals(workspaceId, 'Old checking');
    expect(afterCsv.balance).toBe(before.balance! + csv.sum);
    expect(afterCsv.inflow - afterCsv.outflow - (before.inflow - before.outflow)).toBe(csv.sum);
    expect(afterCsv.outflow - before.outflow).toBe(csv.out);
    // The user's rules ran over the new rows, so the budget sees the coffee.
    const starbucks = (await collectRows(parseCsv(openFixture('chase-checking.csv'), chaseMapping()))).filter((r) => /starbucks/i.test(r.description));
    const budgetLine = (await getBudgetMonth(t.db, workspaceId, MONTH)).find((line) => line.categoryId === coffee.id);
    expect(budgetLine?.spentMinor).toBe(-starbucks.reduce((s, r) => s + r.amountMinor, 0n));
    // The mapping is remembered for the account.
    expect(JSON.parse((await t.db.importMapping.findUniqueOrThrow({ where: { accountId } })).mappingJson)).toEqual(chaseMapping());

    const again = await importFile(t.db, workspaceId, accountId, fileOf('chase-checking.csv', 'csv'), { now: NOW });
    expect([again.added, again.skipped, again.skippedBy.similar]).toEqual([0, csv.count, csv.count]);

    const ofx = await fileSum('bank-1x.ofx', 'ofx');
    const ofxImport = await importFile(t.db, workspaceId, accountId, fileOf('bank-1x.ofx', 'ofx'), { now: NOW });
    // Rows of the OFX that the CSV already brought in (same day, amount and description) are skipped too.
    expect(ofxImport.added + ofxImport.skipped).toBe(ofx.count);
    const ofxAgain = await importFile(t.db, workspaceId, accountId, fileOf('bank-1x.ofx', 'ofx'), { now: NOW });
    expect(ofxAgain.added).toBe(0);
    expect(ofxAgain.skippedBy.external_id).toBe(ofxImport.added);
    const afterBoth = await totals(workspaceId, 'Old checking');
    expect(afterBoth.balance).toBe(before.balance! + csv.sum + ofxImport.addedMinor);

    // Undo, newest first: each step gives back exactly the totals before that import.
    await undoImport(t.db, workspaceId, ofxImport.batchId, NOW);
    expect(await totals(workspaceId, 'Old checking')).toEqual(afterCsv);
    await undoImport(t.db, workspaceId, first.batchId, NOW);
    expect(await totals(workspaceId, 'Old checking')).toEqual(before);
    expect((await getBudgetMonth(t.db, workspaceId, MONTH)).find((line) => line.categoryId === coffee.id)?.spentMinor).toBe(0n);
    const history = await listImports(t.db, workspaceId, accountId);
    // (All four share the test's clock, so their order is not asserted.)
    expect(history.map((b) => `${b.format} ${b.status} ${b.rowCount}+${b.skippedCount}`).sort()).toEqual(
      [`csv committed 0+${csv.count}`, `csv undone ${csv.count}+0`, `ofx committed 0+${ofx.count}`, `ofx undone ${ofxImport.added}+${ofxImport.skipped}`].sort(),
    );
    await expect(undoImport(t.db, workspaceId, first.batchId, NOW)).rejects.toThrow('That import');
  });

  it('a truncated or malformed file imports nothing and names the line', async () => {
    const workspaceId = await newUser();
    const accountId = await newManualAccount(workspaceId);
    const csvError = await importFile(t.db, workspaceId, accountId, fileOf('truncated.csv', 'csv'), { now: NOW }).catch((e: unknown) => e);
    expect(csvError).toBeInstanceOf(ImportError);
    expect((csvError as ImportError).message).toMatch(/^Line \d+: /);
    const ofxError = await importFile(t.db, workspaceId, accountId, fileOf('truncated.ofx', 'ofx'), { now: NOW }).catch((e: unknown) => e);
    expect(ofxError).toBeInstanceOf(ImportError);
    const amountError = await importFile(t.db, workspaceId, accountId, { ...fileOf('wrong-amount-format.csv', 'csv'), mapping: { ...chaseMapping(), date: 0, amount: 1, description: 2, dateFormat: 'detect' } }, { now: NOW }).catch((e: unknown) => e);
    expect(amountError).toBeInstanceOf(ImportError);
    expect(await t.db.transaction.count({ where: { accountId } })).toBe(0);
    expect(await t.db.importBatch.count({ where: { accountId } })).toBe(0);
  });

  it('refuses an OFX for another account, and finds a linked account’s synced rows in a CSV of the same rows', async () => {
    const workspaceId = await newUser();
    const linked = await t.db.bankAccount.create({
      data: { workspaceId, source: 'linked', bankAccountId: 'acct-1', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING', name: 'Chase checking', maskedNumber: '...1111', currentBalanceMinor: 100_000n },
    });
    const wrong = await importFile(t.db, workspaceId, linked.id, fileOf('bank-1x.ofx', 'ofx'), { now: NOW }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ImportError);
    expect((wrong as ImportError).importCode).toBe('wrong_account');

    // The bank feed has the same rows, with its own ids and its own letter case.
    const rows = await collectRows(parseCsv(openFixture('chase-checking.csv'), chaseMapping()));
    await t.db.transaction.createMany({
      data: rows.map((row, i) => ({ workspaceId, accountId: linked.id, bankTransactionId: `bank-${i}`, status: 'posted', amountMinor: row.amountMinor, bookedOn: parseIsoDay(row.bookedOn), description: row.description.toUpperCase() })),
    });
    const result = await importFile(t.db, workspaceId, linked.id, fileOf('chase-checking.csv', 'csv'), { now: NOW });
    expect([result.added, result.skippedBy.similar]).toEqual([0, rows.length]);
    // A linked account's balance is the bank's; an import does not touch it.
    expect((await t.db.bankAccount.findUniqueOrThrow({ where: { id: linked.id } })).currentBalanceMinor).toBe(100_000n);
  });
});
