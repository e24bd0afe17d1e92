import { Button } from '@/components/ui/button';
import { switchWorkspaceAction } from '@/lib/workspaces/actions';
import type { MembershipView } from '@/lib/workspaces/memberships';
import { ROLE_LABELS, type WorkspaceRole } from '@/lib/workspaces/roles';

/**
 * Which workspace the pages show. A plain form: it works before JavaScript loads. The select takes the
 * sidebar's whole width and the button goes under it, so a long name is not cut to "Alex's mo…".
 */
export function WorkspaceSwitcher({ memberships, activeId, role, formId }: { memberships: MembershipView[]; activeId: string; role: WorkspaceRole; formId: string }) {
  const active = memberships.find((m) => m.workspaceId === activeId);
  return (
    <div className="mb-4 px-3">
      <p className="text-xs text-slate-500 dark:text-slate-400">Workspace</p>
      {memberships.length > 1 ? (
        <form action={switchWorkspaceAction} className="mt-1 flex flex-col items-start gap-2">
          <label htmlFor={formId} className="sr-only">
            Switch workspace
          </label>
          <select id={formId} name="workspaceId" defaultValue={activeId} className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900">
            {memberships.map((m) => (
              <option key={m.workspaceId} value={m.workspaceId}>
                {m.name}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary" className="min-h-8 px-2 py-1">
            Switch
          </Button>
        </form>
      ) : (
        <p className="text-sm font-medium break-words">{active?.name}</p>
      )}
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400" data-testid="workspace-role">
        You are {ROLE_LABELS[role].toLowerCase()}
        {role === 'viewer' ? ': you can look and export, not change' : ''}
      </p>
    </div>
  );
}
