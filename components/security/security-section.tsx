import { Card } from '@/components/ui/card';
import type { CurrentUser } from '@/lib/auth/current-user';
import { hasSecondFactor } from '@/lib/auth/second-factor';
import { getDb } from '@/lib/db';
import { PasskeyButton } from '@/components/auth/passkey-button';
import { PasskeysCard } from './passkeys-card';
import { StepUpForm } from './step-up-form';
import { TwoFactorCard } from './two-factor-card';

/** Settings → Security: second factors, and "Confirm it's you" for risky actions. */
export async function SecuritySection({ user }: { user: CurrentUser }) {
  const db = getDb();
  const [withCode, passkeyCount] = await Promise.all([hasSecondFactor(db, user.id), db.passkey.count({ where: { userId: user.id } })]);
  return (
    <>
      <TwoFactorCard user={user} />
      <PasskeysCard user={user} />
      <Card title="Confirm it’s you">
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
          Disconnecting a bank, changing the alert webhook and sharing a lending report ask you to confirm it’s you within the last 10 minutes.
        </p>
        <StepUpForm withCode={withCode}>
          {passkeyCount > 0 ? <PasskeyButton mode="step-up" label="Confirm with a passkey" /> : null}
        </StepUpForm>
      </Card>
    </>
  );
}
