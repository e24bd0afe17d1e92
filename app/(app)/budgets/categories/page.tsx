import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryList } from '@/components/categories/category-list';
import { CreateCategoryForm } from '@/components/categories/create-category-form';
import { MergeCategoryForm } from '@/components/categories/merge-category-form';
import { TagManager } from '@/components/categories/tag-manager';
import { PageHeader } from '@/components/shell/page-header';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/current-user';
import { listTagsWithCounts } from '@/lib/budgeting/tags';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Categories and tags' };

export default async function CategoriesPage() {
  const user = await requireUser();
  const db = getDb();
  const [rows, tags] = await Promise.all([ensureDefaultCategories(db, user.id), listTagsWithCounts(db, user.id)]);
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
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">Renaming keeps every transaction, rule and budget. A hidden category is no longer offered when you pick one; its history still counts in budgets and reports.</p>
          <CategoryList rows={rows} />
        </Card>
        <div className="space-y-4">
          <Card title="Add a category">
            <CreateCategoryForm groups={groups} />
          </Card>
          <Card title="Merge two categories">
            <MergeCategoryForm categories={rows} />
          </Card>
          <Card title="Tags">
            <TagManager tags={tags} />
          </Card>
        </div>
      </div>
    </>
  );
}
