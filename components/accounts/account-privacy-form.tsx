import { Button } from '@/components/ui/button';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { setAccountPrivacyAction } from '@/lib/workspaces/actions';

/**
 * "Private" badge, and for the member who linked the account the switch: private keeps its
 * transactions to them; its balance still counts in the workspace's net worth.
 */
export function AccountPrivacyControl({ account, viewerId }: { account: { id: string; name: string; addedById: string | null; privateToUserId: string | null }; viewerId: string }) {
  const isPrivate = account.privateToUserId !== null;
  const mine = account.addedById === viewerId;
  return (
    <span className="ml-2 inline-flex items-center gap-2">
      {isPrivate ? <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">Private</span> : null}
      {mine ? (
        <WriteOnly>
          <form action={setAccountPrivacyAction} className="inline">
            <input type="hidden" name="accountId" value={account.id} />
            <input type="hidden" name="private" value={isPrivate ? 'false' : 'true'} />
            <Button type="submit" variant="ghost" className="min-h-6 px-1.5 py-0.5 text-xs" aria-label={isPrivate ? `Share ${account.name} with the workspace` : `Make ${account.name} private`}>
              {isPrivate ? 'Share with workspace' : 'Make private'}
            </Button>
          </form>
        </WriteOnly>
      ) : null}
    </span>
  );
}
