import { Button } from '@/components/ui/button';
import { changeMemberRoleAction, removeMemberAction } from '@/lib/workspaces/actions';
import type { MemberView } from '@/lib/workspaces/members';
import { ROLE_LABELS } from '@/lib/workspaces/roles';

const ROLES = ['owner', 'member', 'viewer'] as const;

export function MembersList({ members, canManage, selfId }: { members: MemberView[]; canManage: boolean; selfId: string }) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {members.map((member) => {
        const label = member.name?.trim() || member.email;
        return (
          <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="member">
            <div className="min-w-0">
              <p className="truncate font-medium">
                {label}
                {member.userId === selfId ? ' (you)' : ''}
              </p>
              <p className="truncate text-sm text-slate-600 dark:text-slate-400">
                {member.email} · {ROLE_LABELS[member.role]}
              </p>
            </div>
            {canManage ? (
              <div className="flex flex-wrap gap-2">
                <form action={changeMemberRoleAction} className="flex gap-2">
                  <input type="hidden" name="userId" value={member.userId} />
                  <label htmlFor={`role-${member.userId}`} className="sr-only">
                    Role of {label}
                  </label>
                  <select id={`role-${member.userId}`} name="role" defaultValue={member.role} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900">
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {ROLE_LABELS[role]}
                      </option>
                    ))}
                  </select>
                  <Button type="submit" variant="secondary" className="min-h-8 px-2 py-1">
                    Change role
                  </Button>
                </form>
                {member.userId !== selfId ? (
                  <form action={removeMemberAction}>
                    <input type="hidden" name="userId" value={member.userId} />
                    <Button type="submit" variant="ghost" className="min-h-8 px-2 py-1" aria-label={`Remove ${label}`}>
                      Remove
                    </Button>
                  </form>
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
