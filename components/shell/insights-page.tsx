import type { ReactNode } from 'react';
import { requireUser, type CurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { readInsightsReady } from '@/lib/page-cache/cached-pages';
import { ConnectBankEmptyState } from './empty-state';
import { PageHeader } from './page-header';

type InsightsPage = { title: string; empty: { title: string; description: string } };

/**
 * A page built on the user's accounts (dashboard, budgets, cash flow, spending): signed-in only, and
 * an explanation with the way to add an account until there is one. `render` runs only after that.
 */
export async function renderInsightsPage(page: InsightsPage, render: (user: CurrentUser) => Promise<ReactNode>): Promise<ReactNode> {
  const user = await requireUser();
  if (!(await readInsightsReady(getDb(), user.id))) {
    return (
      <>
        <PageHeader title={page.title} />
        <ConnectBankEmptyState title={page.empty.title} description={page.empty.description} />
      </>
    );
  }
  return render(user);
}
