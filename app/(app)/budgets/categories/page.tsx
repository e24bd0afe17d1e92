import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryList } from '@/components/categories/category-list';
import { CreateCategoryForm } from '@/components/categories/create-category-form';
import { MergeCategoryForm } from '@/components/categories/merge-category-form';
import { TagManager } from '@/components/categories/tag-manager';
import { PageHeader } from '@/components/shell/page-header';
import { Card } from '@/components/ui/card';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { listTagsWithCounts } from '@/lib/budgeting/tags';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Categories and tags' };

export default async function CategoriesPage() {
  const actor = await requireWorkspace('read');
  const db = getDb();
  const [rows, tags] = await Promise.all([ensureDefaultCategories(db, actor.workspaceId), listTagsWithCounts(db, actor.workspaceId)]);
  const groups = rows.filter((row) => !row.parentId).map((row) => ({ id: row.id, name: row.name, kind: row.kind }));
  return (
    <>
      <PageHeader title="Categories and tags">
        <Link href="/budgets" className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
          Back to budgets
        </Link>
      </PageHeader>
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card title="Your categories">
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
            <WriteOnly>Renaming keeps every transaction, rule and budget. </WriteOnly>A hidden category is no longer offered when you pick one; its history still counts in budgets and reports.
          </p>
          <CategoryList rows={rows} />
        </Card>
        <div className="space-y-4">
          <WriteOnly>
            <Card title="Add a category">
              <CreateCategoryForm groups={groups} />
            </Card>
            <Card title="Merge two categories">
              <MergeCategoryForm categories={rows} />
            </Card>
          </WriteOnly>
          <Card title="Tags">
            <TagManager tags={tags} />
          </Card>
        </div>
      </div>
    </>
  );
}
