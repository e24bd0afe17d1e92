import Link from 'next/link';
import type { ReactNode } from 'react';
import { NavLinks } from '@/components/shell/nav-links';
import { PhoneMenu } from '@/components/shell/phone-menu';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { WorkspaceRoleProvider } from '@/components/workspaces/workspace-role';
import { WorkspaceSwitcher } from '@/components/workspaces/workspace-switcher';
import type { MembershipView } from '@/lib/workspaces/memberships';
import type { WorkspaceRole } from '@/lib/workspaces/roles';

export type WorkspaceShellView = { memberships: MembershipView[]; activeId: string; role: WorkspaceRole };

/**
 * Sidebar on wide screens; on phones a "Menu" disclosure that works without JavaScript and with
 * the keyboard (components/shell/phone-menu.tsx).
 */
export function AppShell({
  userLabel,
  unreadAlerts = 0,
  reconnectNeeded = 0,
  workspace,
  children,
}: {
  userLabel: string;
  unreadAlerts?: number;
  reconnectNeeded?: number;
  workspace: WorkspaceShellView;
  children: ReactNode;
}) {
  // Drawn twice (phone menu, sidebar): each copy needs its own control ids.
  const navigation = (copy: string) => (
    <>
      <WorkspaceSwitcher memberships={workspace.memberships} activeId={workspace.activeId} role={workspace.role} formId={`workspace-${copy}`} />
      <NavLinks unreadAlerts={unreadAlerts} reconnectNeeded={reconnectNeeded} />
      <div className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-800">
        <p className="truncate px-3 pb-2 text-xs text-slate-500 dark:text-slate-400" title={userLabel}>
          Signed in as {userLabel}
        </p>
        <SignOutButton />
      </div>
    </>
  );
  return (
    <div className="min-h-dvh md:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
        Skip to content
      </a>
      <header className="relative flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 md:hidden dark:border-slate-800 dark:bg-slate-900">
        <Link href="/dashboard" className="text-lg font-bold text-brand-700 dark:text-brand-100">
          Cashlens
        </Link>
        <PhoneMenu>{navigation('phone')}</PhoneMenu>
      </header>
      <aside className="hidden w-60 shrink-0 border-r border-slate-200 bg-white px-3 py-6 md:block dark:border-slate-800 dark:bg-slate-900">
        <Link href="/dashboard" className="mb-6 block px-3 text-xl font-bold text-brand-700 dark:text-brand-100">
          Cashlens
        </Link>
        <nav aria-label="Main">{navigation('side')}</nav>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-8">
        <WorkspaceRoleProvider role={workspace.role}>{children}</WorkspaceRoleProvider>
      </main>
    </div>
  );
}
