import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PasskeyButton } from '@/components/auth/passkey-button';
import { VerifyCodeForm } from '@/components/auth/verify-code-form';
import { Button } from '@/components/ui/button';
import { signOutAction } from '@/lib/auth/actions';
import { getCurrentUser, getPendingSignIn } from '@/lib/auth/current-user';
import { toSafeRedirectPath } from '@/lib/auth/safe-redirect';
import { countUnusedRecoveryCodes } from '@/lib/auth/recovery-codes';
import { hasConfirmedTotp } from '@/lib/auth/totp';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Verify sign-in' };

/** The second step of a sign-in: the only page a session waiting for its factor can see. */
export default async function VerifySignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === 'string' ? toSafeRedirectPath(params.callbackUrl) : undefined;
  const pending = await getPendingSignIn();
  if (!pending) redirect((await getCurrentUser()) ? (callbackUrl ?? '/dashboard') : '/sign-in');
  const db = getDb();
  const [totp, recoveryCodes, passkeyCount] = await Promise.all([
    hasConfirmedTotp(db, pending.id),
    countUnusedRecoveryCodes(db, pending.id),
    db.passkey.count({ where: { userId: pending.id } }),
  ]);
  const withCode = totp || recoveryCodes > 0;
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Verify it’s you</h1>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">Your password was right. Now give your second factor.</p>
      <div className="space-y-6">
        {withCode ? <VerifyCodeForm callbackUrl={callbackUrl} /> : null}
        {passkeyCount > 0 ? <PasskeyButton mode="second-factor" callbackUrl={callbackUrl} label="Use a passkey" /> : null}
      </div>
      <form action={signOutAction} className="mt-6">
        <Button type="submit" variant="secondary">
          Cancel and sign out
        </Button>
      </form>
    </>
  );
}
