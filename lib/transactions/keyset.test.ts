import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { insertTransactions, seedUser } from '@/lib/budgeting/test-helpers/seed';
import { encodeCursor } from './cursor';
import { filtersToSearchParams, parseTransactionFilters, SORTS, type Sort } from './filters';
import { listTransactions, type TransactionListItem } from './list';

// Keyset pages: walking "next" from the first page, then "previous" back, visits every row once,
// in the sort's order, for every sort; ties on the sort key are broken by id; a category list
// merges rows in the category with split transactions that have a part in it.

let t: TestDatabase;
let user: Awaited<ReturnType<typeof seedUser>>;
let groceries: string;

beforeAll(async () => {
  t = await createTestDatabase();
  user = await seedUser(t.db);
  groceries = (await t.db.category.create({ data: { workspaceId: user.workspaceId, name: 'Groceries', kind: 'expense' } })).id;
  const ids = await insertTransactions(t.db, user.workspaceId, [
    { accountId: user.checking, amountMinor: -1_250n, day: '2026-03-01', description: 'COFFEE ROASTERS' },
    { accountId: user.checking, amountMinor: -1_250n, day: '2026-03-01', description: 'COFFEE CART' },
    { accountId: user.checking, amountMinor: -8_412n, day: '2026-03-02', description: 'WHOLE FOODS MARKET' },
    { accountId: user.card, amountMinor: 300_000n, day: '2026-03-02', description: 'ACME PAYROLL' },
    { accountId: user.card, amountMinor: -999n, day: '2026-03-03', description: 'NETFLIX.COM' },
    { accountId: user.checking, amountMinor: -4_000n, day: '2026-03-05', description: 'COSTCO WHOLESALE' },
    { accountId: user.checking, amountMinor: -1_250n, day: '2026-03-05', description: 'Café Élan' },
  ]);
  await t.db.transaction.updateMany({ where: { id: { in: [ids[2]!, ids[0]!] } }, data: { categoryId: groceries } });
  // Costco, split: part groceries, part household.
  await t.db.transactionSplit.createMany({
    data: [
      { workspaceId: user.workspaceId, transactionId: ids[5]!, categoryId: groceries, amountMinor: -3_000n, sortOrder: 0 },
      { workspaceId: user.workspaceId, transactionId: ids[5]!, categoryId: null, amountMinor: -1_000n, sortOrder: 1 },
    ],
  });
});
afterAll(() => t.drop());

const list = (params: Record<string, string>, pageSize = 2) => listTransactions(t.db, user.workspaceId, parseTransactionFilters(params).filters, pageSize);

/** Follows a page's link the way the browser does: through the URL. */
function paramsOf(params: Record<string, string>, cursor: Parameters<typeof encodeCursor>[0]) {
  const { filters } = parseTransactionFilters(params);
  return Object.fromEntries(filtersToSearchParams({ ...filters, cursor }));
}

async function walk(params: Record<string, string>) {
  const forward: TransactionListItem[] = [];
  let page = await list(params);
  expect(page.previous).toBeNull();
  const pages = [page];
  forward.push(...page.items);
  while (page.next) {
    page = await list(paramsOf(params, page.next));
    pages.push(page);
    forward.push(...page.items);
  }
  // And back: each "previous" gives the page before, the same rows.
  const backward: TransactionListItem[] = [...page.items];
  while (page.previous) {
    page = await list(paramsOf(params, page.previous));
    backward.unshift(...page.items);
  }
  return { forward, backward, pages: pages.length };
}

function expectedOrder(all: TransactionListItem[], sort: Sort) {
  const key = (item: TransactionListItem) => (sort.startsWith('date') ? BigInt(item.bookedOn.getTime()) : item.amountMinor);
  const ascending = [...all].sort((a, b) => (key(a) !== key(b) ? (key(a) < key(b) ? -1 : 1) : a.id < b.id ? -1 : 1));
  return sort.endsWith('desc') ? ascending.reverse() : ascending;
}

describe('keyset pages of the transaction list', () => {
  it('visit every row once, in order, forwards and back, for every sort', async () => {
    const all = (await list({}, 100)).items;
    expect(all).toHaveLength(7);
    for (const sort of SORTS) {
      const { forward, backward, pages } = await walk({ sort });
      const expected = expectedOrder(all, sort).map((item) => item.id);
      expect(forward.map((item) => item.id), sort).toEqual(expected);
      expect(backward.map((item) => item.id), sort).toEqual(expected);
      expect(pages).toBe(4);
    }
  });

  it('keep the filters on every page and merge split transactions into a category', async () => {
    for (const sort of SORTS) {
      const { forward } = await walk({ category: groceries, sort });
      expect(forward.map((item) => item.description).sort(), sort).toEqual(['COFFEE ROASTERS', 'COSTCO WHOLESALE', 'WHOLE FOODS MARKET']);
    }
    const { forward } = await walk({ account: user.card });
    expect(forward.map((item) => item.description)).toEqual(['NETFLIX.COM', 'ACME PAYROLL']);
  });

  it('search by word prefix, several words, any case and accents, or by amount', async () => {
    const search = async (q: string) => (await list({ q }, 50)).items.map((item) => item.description).sort();
    expect(await search('coffee')).toEqual(['COFFEE CART', 'COFFEE ROASTERS']);
    expect(await search('cof roast')).toEqual(['COFFEE ROASTERS']);
    expect(await search('WHOLE')).toEqual(['COSTCO WHOLESALE', 'WHOLE FOODS MARKET']);
    expect(await search('CAFÉ élan')).toEqual(['Café Élan']);
    // SQLite's tokenizer also folds accents; PostgreSQL's lower() does not.
    if (t.provider === 'sqlite') expect(await search('cafe elan')).toEqual(['Café Élan']);
    expect(await search('12.50')).toEqual(['COFFEE CART', 'COFFEE ROASTERS', 'Café Élan']);
    expect(await search('"*) OR (')).toEqual([]);
  });

  it('finds a row by its merchant names, after an edit, and not after it is deleted', async () => {
    const [row] = (await list({ q: 'netflix' }, 50)).items;
    await t.db.transaction.update({ where: { id: row!.id }, data: { merchantName: 'Streaming Service' } });
    expect((await list({ q: 'streaming' }, 50)).items.map((item) => item.id)).toEqual([row!.id]);
    await t.db.transaction.update({ where: { id: row!.id }, data: { merchantName: null, bankMerchantName: 'Netflix Inc' } });
    expect((await list({ q: 'streaming' }, 50)).items).toEqual([]);
    expect((await list({ q: 'netflix inc' }, 50)).items.map((item) => item.id)).toEqual([row!.id]);
    await t.db.transaction.delete({ where: { id: row!.id } });
    expect((await list({ q: 'netflix' }, 50)).items).toEqual([]);
  });

  it('explain a broken or foreign page link instead of failing', () => {
    const link = (json: string) => Buffer.from(json).toString('base64url');
    const broken: [string, string][] = [
      ['garbage!', 'date_desc'],
      [link('{"s":"date_desc"}'), 'date_desc'],
      [link('{"s":"date_desc","d":"n","k":"2026-02-30","i":"x"}'), 'date_desc'],
      [link('{"s":"amount_asc","d":"n","k":"99999999999999999999","i":"x"}'), 'amount_asc'],
      [link('{"s":"amount_asc","d":"n","k":"1","i":"x\' OR 1=1"}'), 'amount_asc'],
    ];
    for (const [after, sort] of broken) {
      const parsed = parseTransactionFilters({ after, sort });
      expect(parsed.filters.cursor, after).toBeNull();
      expect(parsed.errors.join(' '), after).toMatch(/page link is broken or out of date/);
    }
    const cursor = encodeCursor({ sort: 'date_desc', direction: 'next', key: { kind: 'date', day: new Date(Date.UTC(2026, 2, 2)) }, id: 'abc' });
    expect(parseTransactionFilters({ after: cursor, sort: 'amount_asc' }).errors.join(' ')).toMatch(/another sort order/);
    expect(parseTransactionFilters({ after: cursor }).filters.cursor?.id).toBe('abc');
  });
});
