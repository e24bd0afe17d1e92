import type { ReactNode } from 'react';
import { requireWorkspace, type WorkspaceActor } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { readInsightsReady } from '@/lib/page-cache/cached-pages';
import { ConnectBankEmptyState } from './empty-state';
import { PageHeader } from './page-header';

type InsightsPage = { title: string; empty: { title: string; description: string } };

/**
 * A page built on the workspace's accounts (dashboard, budgets, cash flow, spending): signed-in only, and
 * an explanation with the way to add an account until there is one. `render` runs only after that.
 */
export async function renderInsightsPage(page: InsightsPage, render: (actor: WorkspaceActor) => Promise<ReactNode>): Promise<ReactNode> {
  const actor = await requireWorkspace('read');
  if (!(await readInsightsReady(getDb(), actor.workspaceId))) {
    return (
      <>
        <PageHeader title={page.title} />
        <ConnectBankEmptyState title={page.empty.title} description={page.empty.description} />
      </>
    );
  }
  return render(actor);
}
