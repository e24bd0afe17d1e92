import { Card } from '@/components/ui/card';
import type { CurrentUser } from '@/lib/auth/current-user';
import { hasSecondFactor } from '@/lib/auth/second-factor';
import { getDb } from '@/lib/db';
import { StepUpForm } from './step-up-form';
import { TwoFactorCard } from './two-factor-card';

/** Settings → Security: second factors, and "Confirm it's you" for risky actions. */
export async function SecuritySection({ user }: { user: CurrentUser }) {
  const withCode = await hasSecondFactor(getDb(), user.id);
  return (
    <>
      <TwoFactorCard user={user} />
      <Card title="Confirm it’s you">
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
          Disconnecting a bank, changing the alert webhook and sharing a lending report ask you to confirm it’s you within the last 10 minutes.
        </p>
        <StepUpForm withCode={withCode} />
      </Card>
    </>
  );
}
