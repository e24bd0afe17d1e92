import type { Metadata } from 'next';
import { MonitoringSettingsCard } from '@/components/monitoring/monitoring-settings-card';
import { ProfileCard } from '@/components/profile/profile-card';
import { ActiveSessionsCard } from '@/components/settings/active-sessions-card';
import { ChangePasswordForm } from '@/components/settings/change-password-form';
import { readActivityLimit, SecurityActivityCard } from '@/components/settings/security-activity-card';
import { MoneySettingsForm } from '@/components/settings/money-settings-form';
import { ThemeForm } from '@/components/settings/theme-form';
import { YourDataCard } from '@/components/settings/your-data-card';
import { SecuritySection } from '@/components/security/security-section';
import { PageHeader } from '@/components/shell/page-header';
import { Card } from '@/components/ui/card';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { roleAllows } from '@/lib/workspaces/roles';
import { getDb } from '@/lib/db';
import { getMoneySettings } from '@/lib/money-meaning/settings';
import { readTheme } from '@/lib/theme/theme';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireWorkspace('read');
  const [theme, query, money] = await Promise.all([readTheme(), searchParams, getMoneySettings(getDb(), user.workspaceId)]);
  // Workspace settings are shown to those who may change them; a viewer's own settings stay.
  const canWrite = roleAllows(user.role, 'write');
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
        {canWrite ? (
          <>
            <ProfileCard user={user} />
            <div id="money" className="scroll-mt-4">
              <Card title="What counts as spending">
                <MoneySettingsForm initial={money} />
              </Card>
            </div>
            <MonitoringSettingsCard workspaceId={user.workspaceId} />
          </>
        ) : null}
        <Card title="Appearance">
          <ThemeForm current={theme} />
        </Card>
        <Card title="Password">
          <ChangePasswordForm />
        </Card>
        <SecuritySection user={user} />
        <ActiveSessionsCard user={user} />
        <SecurityActivityCard userId={user.id} limit={readActivityLimit(query.activity)} />
        <YourDataCard email={user.email} canExport={roleAllows(user.role, 'manage')} />
      </div>
    </>
  );
}
