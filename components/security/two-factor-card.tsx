import { Card } from '@/components/ui/card';
import { Disclosure } from '@/components/ui/disclosure';
import { countUnusedRecoveryCodes } from '@/lib/auth/recovery-codes';
import { buildTotpUri, hasConfirmedTotp, readPendingTotpSecret } from '@/lib/auth/totp';
import { disableTotpAction, regenerateRecoveryCodesAction } from '@/lib/auth/two-factor-actions';
import type { CurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { CodeConfirmedForm, ConfirmTotpForm, StartTotpForm } from './totp-forms';

/** Settings → Security: the authenticator app and its recovery codes. */
export async function TwoFactorCard({ user }: { user: CurrentUser }) {
  const db = getDb();
  const [confirmed, pendingSecret, unusedCodes] = await Promise.all([
    hasConfirmedTotp(db, user.id),
    readPendingTotpSecret(db, user.id),
    countUnusedRecoveryCodes(db, user.id),
  ]);
  return (
    <Card title="Two-factor sign-in">
      {confirmed ? (
        <div className="space-y-4">
          <p className="text-sm">
            An authenticator app is on. Signing in asks for a code after the password. {unusedCodes} of 10 recovery codes are unused.
          </p>
          <Disclosure title="Make new recovery codes">
            <CodeConfirmedForm action={regenerateRecoveryCodesAction} label="Make new codes" busyLabel="Making…" variant="secondary" />
          </Disclosure>
          <Disclosure title="Turn off the authenticator app">
            <CodeConfirmedForm action={disableTotpAction} label="Turn off" busyLabel="Turning off…" variant="danger" />
          </Disclosure>
        </div>
      ) : pendingSecret ? (
        <ConfirmTotpForm secret={pendingSecret} uri={buildTotpUri(user.email, pendingSecret)} />
      ) : (
        <div className="space-y-3">
          <p className="text-sm">Ask for a code from an authenticator app after the password, so a stolen password is not enough.</p>
          <StartTotpForm />
        </div>
      )}
    </Card>
  );
}
