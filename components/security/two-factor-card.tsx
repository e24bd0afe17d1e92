import { Card } from '@/components/ui/card';
import { countUnusedRecoveryCodes } from '@/lib/auth/recovery-codes';
import { buildTotpUri, hasConfirmedTotp, readPendingTotpSecret } from '@/lib/auth/totp';
import type { CurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { TotpPanel } from './totp-forms';

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
      <TotpPanel confirmed={confirmed} secret={pendingSecret} uri={pendingSecret ? buildTotpUri(user.email, pendingSecret) : null} unusedCodes={unusedCodes} />
    </Card>
  );
}
