import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { RuleForm } from '@/components/transactions/rule-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { describeCategories } from '@/lib/categories/ensure-categories';
import { listRules } from '@/lib/categories/rules';
import { getDb } from '@/lib/db';
import { formatMoney } from '@/lib/money';
import { getPickerData } from '@/lib/transactions/page-data';
import { applyRuleAction, deleteRuleAction } from '@/lib/transactions/actions';

export const metadata: Metadata = { title: 'Rules' };

export default async function RulesPage() {
  const actor = await requireWorkspace('read');
  const db = getDb();
  const [{ accounts, categories, tags }, rules] = await Promise.all([getPickerData(db, actor.workspaceId), listRules(db, actor.workspaceId)]);
  const labels = describeCategories(categories);
  const accountNames = new Map(accounts.map((a) => [a.id, a.name]));
  const tagNames = new Map(tags.map((t) => [t.id, t.name]));
  return (
    <>
      <PageHeader title="Rules">
        <Link href="/transactions" className="text-sm font-medium text-brand-700 underline dark:text-brand-100">Back to transactions</Link>
      </PageHeader>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Your rules">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">Rules run on new transactions after each sync, in this order. They never change a transaction you categorised yourself.</p>
          {rules.length === 0 ? (
            <p className="text-sm">No rules yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100 dark:divide-slate-800">
              {rules.map((rule) => {
                const when = [
                  rule.descriptionContains && `description contains "${rule.descriptionContains}"`,
                  rule.descriptionPattern && `description matches /${rule.descriptionPattern}/`,
                  rule.minAmountMinor !== null && `amount at least ${formatMoney(rule.minAmountMinor)}`,
                  rule.maxAmountMinor !== null && `amount at most ${formatMoney(rule.maxAmountMinor)}`,
                  rule.accountId && `in ${accountNames.get(rule.accountId) ?? 'a removed account'}`,
                ].filter(Boolean);
                const then = [
                  rule.setCategoryId && `category ${labels.get(rule.setCategoryId)?.label ?? '(removed)'}`,
                  rule.setMerchantName && `merchant "${rule.setMerchantName}"`,
                  rule.addTagId && `tag ${tagNames.get(rule.addTagId) ?? ''}`,
                ].filter(Boolean);
                return (
                  <li key={rule.id} className="py-3 text-sm">
                    <p>
                      When {when.join(' and ')}, set {then.join(', ')}.
                    </p>
                    <WriteOnly>
                      <div className="mt-2 flex gap-2">
                        <form action={applyRuleAction}>
                          <input type="hidden" name="ruleId" value={rule.id} />
                          <Button type="submit" variant="secondary">Apply to existing</Button>
                        </form>
                        <form action={deleteRuleAction}>
                          <input type="hidden" name="ruleId" value={rule.id} />
                          <Button type="submit" variant="ghost">Delete</Button>
                        </form>
                      </div>
                    </WriteOnly>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
        <WriteOnly>
          <Card title="New rule">
            <RuleForm categories={categories} accounts={accounts} />
          </Card>
        </WriteOnly>
      </div>
    </>
  );
}
