import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { WriteOnly } from '@/components/workspaces/workspace-role';

/**
 * What a page shows before any bank is linked: what it will hold, and the way to get there. A viewer,
 * who cannot link one, reads who can instead of a button they may not use.
 */
export function ConnectBankEmptyState({ title, description }: { title: string; description: string }) {
  return (
    <section
      aria-labelledby="empty-state-title"
      className="mx-auto mt-8 max-w-lg rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="empty-state-title" className="text-lg font-semibold">
        {title}
      </h2>
      <WriteOnly fallback={<p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Nothing here yet. An owner or member of this workspace can connect a bank.</p>}>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{description}</p>
        <Link href="/accounts#connect" className={`${buttonClasses('primary')} mt-6`}>
          Connect your bank
        </Link>
      </WriteOnly>
    </section>
  );
}
