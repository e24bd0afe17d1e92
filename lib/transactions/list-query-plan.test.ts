import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBenchUser } from '@/bench/dashboard-seed';
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from '@/lib/db/test-database';
import { providerOf, sqlRunner } from '@/lib/sync/sql';
import { parseTransactionFilters, SORTS } from './filters';
import { branches, buildFilterSql } from './list-query';
import { pageSql } from './page-query';

// Every filter × sort of the transaction list reads an index, never the whole Transaction table:
// asked of the real planner (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL) over 20,000
// rows of one user, with planner statistics (a big sync runs ANALYZE) and, on SQLite, without.
// The unfiltered list, category and account pages must also need no sort: they are index ranges.

let t: TestDatabase;
let workspaceId: string;
let category: string;
let account: string;
let tag: string;

beforeAll(async () => {
  t = await createTestDatabase();
  workspaceId = await seedBenchUser(t.db, providerOf(t.db), 20_000, new Date(Date.UTC(2026, 10, 1)));
  category = (await t.db.transaction.findFirstOrThrow({ where: { workspaceId }, select: { categoryId: true } })).categoryId!;
  account = (await t.db.bankAccount.findFirstOrThrow({ where: { workspaceId }, select: { id: true } })).id;
  tag = (await t.db.tag.create({ data: { workspaceId, name: 'Trip' } })).id;
  const some = await t.db.transaction.findMany({ where: { workspaceId }, take: 20, select: { id: true, amountMinor: true } });
  await t.db.transactionTag.createMany({ data: some.map((row) => ({ workspaceId, transactionId: row.id, tagId: tag })) });
  await t.db.transactionSplit.createMany({ data: some.slice(0, 5).map((row, i) => ({ workspaceId, transactionId: row.id, categoryId: category, amountMinor: row.amountMinor, sortOrder: i })) });
}, 120_000);
afterAll(() => t.drop());

const filterCases = (): Record<string, string>[] => [
  {},
  { category },
  { category: 'none' },
  { account },
  { tag },
  { q: 'merchant 7' },
  { q: 'payment merchant 12' },
  { q: '12.50' },
  { status: 'pending' },
  { from: '2025-01-01', to: '2025-03-31' },
  { min: '10', max: '20' },
  { category, account, from: '2024-01-01' },
];

const mustNotSort = (params: Record<string, string>) => Object.keys(params).every((key) => key === 'category' || key === 'account') && params.category !== 'none';

async function plansFor(params: Record<string, string>, sort: string, driveSearch: boolean) {
  const provider = providerOf(t.db);
  const sql = sqlRunner(t.db, provider);
  const { filters, errors } = parseTransactionFilters({ ...params, sort });
  expect(errors).toEqual([]);
  const plans: string[] = [];
  for (const branch of branches(buildFilterSql(provider, workspaceId, filters, { driveSearch }))) {
    const query = pageSql(branch, filters.sort, null, 51);
    const rows = await sql.query<Record<string, unknown>>(`${provider === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${query.sql}`, query.params);
    plans.push(rows.map((row) => String(row.detail ?? row['QUERY PLAN'])).join('\n'));
  }
  return plans;
}

function expectIndexed(plan: string, label: string, sorted: boolean) {
  if (providerOf(t.db) === 'sqlite') {
    expect(plan, label).not.toMatch(/\bSCAN t\b/);
    if (!sorted) expect(plan, label).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  } else {
    expect(plan, label).not.toMatch(/Seq Scan on "Transaction"/);
    if (!sorted) expect(plan, label).not.toMatch(/\bSort\b/);
  }
}

describe('transaction list query plans', () => {
  for (const stats of testDatabaseProvider() === 'sqlite' ? [false, true] : [true]) {
    it(`read an index for every filter and sort (${stats ? 'with' : 'without'} planner statistics)`, async () => {
      if (stats) await t.db.$executeRawUnsafe('ANALYZE');
      for (const params of filterCases()) {
        for (const sort of SORTS) {
          for (const driveSearch of params.q ? [false, true] : [false]) {
            const plans = await plansFor(params, sort, driveSearch);
            // A split or tag branch starts from its few rows and sorts them; so do few search matches.
            const label = `${JSON.stringify(params)} ${sort}${driveSearch ? ' (few matches)' : ''}`;
            plans.forEach((plan, i) => expectIndexed(plan, `${label} branch ${i}:\n${plan}`, !(mustNotSort(params) && i === 0)));
          }
        }
      }
    }, 60_000);
  }
});
