import { Button } from '@/components/ui/button';
import { formatDate } from '@/lib/dates';
import { revokeInvitationAction } from '@/lib/workspaces/actions';
import type { InvitationView } from '@/lib/workspaces/invitations';
import { ROLE_LABELS } from '@/lib/workspaces/roles';

const STATE_LABELS: Record<InvitationView['state'], string> = { open: 'Waiting', accepted: 'Accepted', revoked: 'Revoked', expired: 'Expired' };

export function InvitationsList({ invitations }: { invitations: InvitationView[] }) {
  if (invitations.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No invitations yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Invitations">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm" data-testid="invitation">
          <span className="min-w-0 truncate">
            {invitation.email} · {ROLE_LABELS[invitation.role]} · {STATE_LABELS[invitation.state]}
            {invitation.state === 'open' ? ` until ${formatDate(invitation.expiresAt)}` : ''}
          </span>
          {invitation.state === 'open' ? (
            <form action={revokeInvitationAction}>
              <input type="hidden" name="invitationId" value={invitation.id} />
              <Button type="submit" variant="ghost" className="min-h-8 px-2 py-1" aria-label={`Revoke the invitation for ${invitation.email}`}>
                Revoke
              </Button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
