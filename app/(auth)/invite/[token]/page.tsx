import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInvitationForm } from '@/components/workspaces/accept-invitation-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { normaliseEmail, previewInvitation } from '@/lib/workspaces/invitations';
import { ROLE_LABELS } from '@/lib/workspaces/roles';

export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

const linkClass = 'font-medium text-brand-700 underline dark:text-brand-100';

// The invitation link: what it is for, then sign in or sign up with the invited address and accept.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [preview, user] = await Promise.all([previewInvitation(getDb(), token), getCurrentUser()]);
  if (!preview) {
    return (
      <div className="space-y-3 text-sm">
        <h1 className="text-xl font-semibold">This invitation cannot be used</h1>
        <p>It was mistyped, revoked, already used, or has expired. Ask the workspace owner for a new one.</p>
      </div>
    );
  }
  const back = `/invite/${token}`;
  return (
    <div className="space-y-4 text-sm">
      <h1 className="text-xl font-semibold">Join “{preview.workspaceName}”</h1>
      <p>
        {preview.inviterName} invited <strong>{preview.email}</strong> to this Cashlens workspace as {ROLE_LABELS[preview.role].toLowerCase()}.
      </p>
      {!user ? (
        <p>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`} className={linkClass}>
            Sign in
          </Link>{' '}
          or{' '}
          <Link href={`/sign-up?callbackUrl=${encodeURIComponent(back)}`} className={linkClass}>
            create an account
          </Link>{' '}
          with {preview.email} to accept.
        </p>
      ) : normaliseEmail(user.email) !== preview.email ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          You are signed in as {user.email}, but this invitation is for {preview.email}. Sign out and sign in with that address to accept.
        </p>
      ) : (
        <AcceptInvitationForm token={token} />
      )}
    </div>
  );
}
