import type { Metadata } from 'next';
import { MonitoringSettingsCard } from '@/components/monitoring/monitoring-settings-card';
import { ProfileCard } from '@/components/profile/profile-card';
import { ChangePasswordForm } from '@/components/settings/change-password-form';
import { ThemeForm } from '@/components/settings/theme-form';
import { SecuritySection } from '@/components/security/security-section';
import { PageHeader } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { signOutEverywhereAction } from '@/lib/auth/actions';
import { requireUser } from '@/lib/auth/current-user';
import { countActiveSessions } from '@/lib/auth/sessions';
import { readTheme } from '@/lib/theme/theme';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireUser();
  const [theme, sessionCount] = await Promise.all([readTheme(), countActiveSessions(user.id)]);
  return (
    <>
      <PageHeader title="Settings" />
      <div className="grid max-w-3xl gap-6">
        <Card title="Profile">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600 dark:text-slate-400">Name</dt>
            <dd>{user.name ?? '—'}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Email</dt>
            <dd className="break-all">{user.email}</dd>
          </dl>
        </Card>
        <ProfileCard user={user} />
        <MonitoringSettingsCard userId={user.id} />
        <Card title="Appearance">
          <ThemeForm current={theme} />
        </Card>
        <Card title="Password">
          <ChangePasswordForm />
        </Card>
        <SecuritySection user={user} />
        <Card title="Sessions">
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            You are signed in on {sessionCount} {sessionCount === 1 ? 'device' : 'devices'}. Signing out everywhere ends every session,
            including this one.
          </p>
          <form action={signOutEverywhereAction}>
            <Button type="submit" variant="danger">
              Sign out everywhere
            </Button>
          </form>
        </Card>
      </div>
    </>
  );
}
