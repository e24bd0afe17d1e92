import { ConnectBankEmptyState } from '@/components/shell/empty-state';
import { WriteOnly } from '@/components/workspaces/workspace-role';

/** The "Connect your bank" empty state; a viewer, who cannot connect one, gets the title and a neutral line instead. */
export function NoAccountsEmptyState({ title, description }: { title: string; description: string }) {
  const readOnly = (
    <section
      aria-labelledby="empty-state-title"
      className="mx-auto mt-8 max-w-lg rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="empty-state-title" className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Nothing here yet. An owner or member of this workspace can connect a bank.</p>
    </section>
  );
  return (
    <WriteOnly fallback={readOnly}>
      <ConnectBankEmptyState title={title} description={description} />
    </WriteOnly>
  );
}
