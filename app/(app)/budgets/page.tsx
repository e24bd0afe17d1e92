import type { Metadata } from 'next';
import Link from 'next/link';
import { BudgetForm } from '@/components/budgets/budget-form';
import { BudgetList } from '@/components/budgets/budget-list';
import { CopyMonthForm } from '@/components/budgets/copy-month-form';
import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { requireUser } from '@/lib/auth/current-user';
import { getBudgetMonth } from '@/lib/budgeting/budgets';
import { addMonths, currentMonth, formatMonth, isMonth } from '@/lib/dates';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { getDb } from '@/lib/db';
import { prepareInsights } from '@/lib/insights/has-accounts';

export const metadata: Metadata = { title: 'Budgets' };

export default async function BudgetsPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const user = await requireUser();
  const db = getDb();
  if (!(await prepareInsights(db, user.id))) {
    return (
      <>
        <PageHeader title="Budgets" />
        <ConnectBankEmptyState title="Budgets need spending to track" description="Connect your bank, then set a monthly amount per category and watch your progress as transactions arrive." />
      </>
    );
  }
  const requested = (await searchParams).month;
  const month = requested && isMonth(requested) ? requested : currentMonth();
  const [lines, categories] = await Promise.all([getBudgetMonth(db, user.id, month), ensureDefaultCategories(db, user.id)]);
  const spending = categories.filter((c) => c.kind === 'expense');
  return (
    <>
      <PageHeader title={`Budgets: ${formatMonth(month)}`}>
        <nav aria-label="Month" className="flex gap-2">
          <Link className={buttonClasses('secondary')} href={`/budgets?month=${addMonths(month, -1)}`}>Previous month</Link>
          <Link className={buttonClasses('secondary')} href={`/budgets?month=${addMonths(month, 1)}`}>Next month</Link>
        </nav>
      </PageHeader>
      {requested && !isMonth(requested) ? <div className="mb-4"><FormMessage message={`"${requested}" is not a month; showing this month.`} /></div> : null}
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card title="Budget vs actual">
          <p className="mb-4 text-xs text-slate-600 dark:text-slate-400">Spending counts posted transactions only (pending ones count once they post); refunds reduce it; transfers between your accounts are left out.</p>
          <BudgetList lines={lines} />
        </Card>
        <div className="space-y-4">
          <Card title="Set a budget">
            <BudgetForm month={month} categories={spending} />
          </Card>
          <Card title="Start from last month">
            <CopyMonthForm month={month} />
          </Card>
        </div>
      </div>
    </>
  );
}
