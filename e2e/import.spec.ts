import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';
import { addManualAccount, importFile, importFixture, readAccountTotals, readNetWorth, undoAllImports } from './money-readers';

// File import end to end: a person keeps a bank account by hand, imports the bank's CSV and then
// its OFX into it (the OFX repeats three of the CSV's rows under their FITIDs), re-imports both
// (nothing new), and sees the rows in the transaction totals, the account balance and net worth.
// Undoing the imports puts every figure back exactly. Expected figures come from the app's own
// pages before and after, never from today's date (the files' dates are fixed: November 2026).

const csvFile = importFixture('chase-checking.csv');
const ofxFile = importFixture('bank-1x.ofx');

test('CSV and OFX imports count everywhere, re-imports add nothing, undo restores every figure', async ({ page }) => {
  await signUp(page, uniqueEmail('import'));
  const accountId = await addManualAccount(page, { name: 'Credit union checking', kind: 'Bank account (not linked)', openedOn: '2026-01-01', opening: '1000' });

  const before = { totals: await readAccountTotals(page, accountId), netWorth: await readNetWorth(page) };
  expect(before.totals.count).toBe('0');

  // The CSV: every row is new.
  expect(await importFile(page, accountId, csvFile, { csv: true })).toMatch(/^5 new, 0 duplicates skipped · CSV/);
  const afterCsv = { totals: await readAccountTotals(page, accountId), netWorth: await readNetWorth(page) };
  expect(afterCsv.totals.count).toBe('5');
  expect(afterCsv.netWorth - before.netWorth).toBe(afterCsv.totals.net);

  // The OFX of the same account: the rows the CSV already brought are recognised and skipped.
  const ofxSummary = await importFile(page, accountId, ofxFile, { csv: false });
  const [, added, skipped] = /^(\d+) new, (\d+) duplicates skipped · OFX/.exec(ofxSummary)!;
  expect(Number(skipped)).toBeGreaterThan(0);
  const afterOfx = { totals: await readAccountTotals(page, accountId), netWorth: await readNetWorth(page) };
  expect(Number(afterOfx.totals.count)).toBe(5 + Number(added));
  expect(afterOfx.netWorth - before.netWorth).toBe(afterOfx.totals.net);

  // Both files again: nothing new, and no figure moves.
  expect(await importFile(page, accountId, csvFile, { csv: true })).toMatch(/^0 new, 5 duplicates skipped/);
  expect(await importFile(page, accountId, ofxFile, { csv: false })).toMatch(/^0 new, \d+ duplicates skipped/);
  expect(await readAccountTotals(page, accountId)).toEqual(afterOfx.totals);
  expect(await readNetWorth(page)).toBe(afterOfx.netWorth);

  // Undo every import: the account is back where it started, to the cent.
  await undoAllImports(page, accountId);
  expect(await readAccountTotals(page, accountId)).toEqual(before.totals);
  expect(await readNetWorth(page)).toBe(before.netWorth);
});
