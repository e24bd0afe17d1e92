// npm run bench:dashboard [-- --sizes=10000,100000,1000000 --providers=sqlite,postgresql --runs=30]
//
// Server time of the dashboard and the ten-year cash-flow page, as the pages compute them (the
// same lib/ functions their server components call, run concurrently the way their Suspense
// cards are), for users with 10k, 100k and 1M transactions on SQLite and PostgreSQL, plus a
// trivial page (one user lookup) and the first transactions page in the same run.
import { performance } from 'node:perf_hooks';
import { rebuildAllRollups } from '../lib/budgeting/rollups';
import { addMonths, currentMonth, monthStart } from '../lib/dates';
import { describeCategories, ensureDefaultCategories } from '../lib/categories/ensure-categories';
import type { Db } from '../lib/db';
import type { Provider } from '../lib/db/database-url';
import { createTestDatabase } from '../lib/db/test-database';
import { getCashFlow } from '../lib/insights/cash-flow';
import { getIncomeVsExpenses, getMonthOverview, getTopMerchants } from '../lib/insights/dashboard';
import { prepareInsights } from '../lib/insights/has-accounts';
import { getSpendingByCategory } from '../lib/insights/monthly';
import { getAccountBalances, getNetWorthSeries } from '../lib/insights/net-worth';
import { getRecurringCharges } from '../lib/insights/recurring';
import { parseTransactionFilters } from '../lib/transactions/filters';
import { listTransactions } from '../lib/transactions/list';
import { seedBenchUser } from './dashboard-seed';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const sizes = (args.sizes ?? '10000,100000,1000000').split(',').map(Number);
const providers = (args.providers ?? 'sqlite,postgresql').split(',') as Provider[];
const runs = Number(args.runs ?? 30);

async function renderDashboard(db: Db, userId: string, month: string) {
  await prepareInsights(db, userId);
  const categories = describeCategories(await ensureDefaultCategories(db, userId));
  await Promise.all([
    getMonthOverview(db, userId, month),
    getSpendingByCategory(db, userId, month, month, categories),
    getIncomeVsExpenses(db, userId, month, 12),
    getAccountBalances(db, userId),
    getNetWorthSeries(db, userId),
    getTopMerchants(db, userId, month, 3),
    getRecurringCharges(db, userId, month, monthStart(month)),
  ]);
}

async function renderCashFlow(db: Db, userId: string, month: string) {
  await prepareInsights(db, userId);
  await getCashFlow(db, userId, addMonths(month, -119), month);
}

async function time(work: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, p95: samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)]! };
}

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

async function main() {
  const month = currentMonth();
  console.log(`bench:dashboard — ${runs} runs after 3 warm-ups; month ${month}; Node ${process.version}`);
  for (const provider of providers) {
    const database = await createTestDatabase(provider);
    try {
      for (const size of sizes) {
        let started = performance.now();
        const userId = await seedBenchUser(database.db, provider, size, monthStart(month));
        const seedMs = performance.now() - started;
        started = performance.now();
        await rebuildAllRollups(database.db, userId);
        const rollupMs = performance.now() - started;
        const rollups = await database.db.monthlyRollup.count({ where: { workspaceId: userId } });
        const filters = parseTransactionFilters({}).filters;
        const results = {
          trivial: await time(() => database.db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } })),
          dashboard: await time(() => renderDashboard(database.db, userId, month)),
          cashFlow10y: await time(() => renderCashFlow(database.db, userId, month)),
          transactionsPage1: await time(() => listTransactions(database.db, userId, filters)),
        };
        console.log(`\n${provider} · ${size.toLocaleString('en-US')} transactions (seeded in ${(seedMs / 1000).toFixed(1)} s; all rollups rebuilt in ${(rollupMs / 1000).toFixed(1)} s, ${rollups} rows)`);
        for (const [name, r] of Object.entries(results)) console.log(`  ${name.padEnd(20)} median ${ms(r.median)}   p95 ${ms(r.p95)}`);
      }
    } finally {
      await database.drop();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
