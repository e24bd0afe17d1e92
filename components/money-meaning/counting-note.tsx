import Link from 'next/link';
import { getDb } from '@/lib/db';
import { describeCounting } from '@/lib/money-meaning/definitions';
import { readMoneySettings } from '@/lib/page-cache/cached-pages';
import { WriteOnly } from '@/components/workspaces/workspace-role';

/** The one line under a page's figures saying what they count, with the way to change it. */
export async function CountingNote({ workspaceId }: { workspaceId: string }) {
  const settings = await readMoneySettings(getDb(), workspaceId);
  return (
    <p className="mb-4 text-xs text-slate-600 dark:text-slate-400" data-testid="counting-note">
      {describeCounting(settings)}{' '}
      <WriteOnly>
        <Link className="font-medium text-brand-700 underline dark:text-brand-100" href="/settings#money">
          Change in Settings
        </Link>
      </WriteOnly>
    </p>
  );
}
