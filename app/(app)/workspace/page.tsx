import type { Metadata } from 'next';
import { ActivityList } from '@/components/workspaces/activity-list';
import { InvitationsList } from '@/components/workspaces/invitations-list';
import { InviteForm } from '@/components/workspaces/invite-form';
import { MembersList } from '@/components/workspaces/members-list';
import { WorkspaceNameForm } from '@/components/workspaces/workspace-name-form';
import { PageHeader } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { getDb } from '@/lib/db';
import { leaveWorkspaceAction } from '@/lib/workspaces/actions';
import { listWorkspaceActivity } from '@/lib/workspaces/activity';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { listInvitations } from '@/lib/workspaces/invitations';
import { listMembers } from '@/lib/workspaces/members';
import { ROLE_LABELS, roleAllows } from '@/lib/workspaces/roles';

export const metadata: Metadata = { title: 'Workspace' };

export default async function WorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireWorkspace('read');
  const db = getDb();
  const isOwner = roleAllows(actor.role, 'manage');
  const [members, invitations, activity, query] = await Promise.all([
    listMembers(db, actor.workspaceId),
    isOwner ? listInvitations(db, actor.workspaceId) : Promise.resolve([]),
    listWorkspaceActivity(db, actor.workspaceId, 50),
    searchParams,
  ]);
  const notice = typeof query.notice === 'string' ? query.notice.slice(0, 300) : undefined;
  return (
    <>
      <PageHeader title={actor.workspaceName} />
      <div className="grid max-w-3xl gap-6">
        <FormMessage message={notice} />
        <p className="text-sm text-slate-700 dark:text-slate-300">
          You are {ROLE_LABELS[actor.role].toLowerCase()} of this workspace. Owners manage members; members change budgets, categories and transactions;
          viewers look and export.
        </p>
        <Card title="Members">
          <MembersList members={members} canManage={isOwner} selfId={actor.id} />
        </Card>
        {isOwner ? (
          <Card title="Invite someone">
            <InviteForm />
            <div className="mt-6">
              <InvitationsList invitations={invitations} />
            </div>
          </Card>
        ) : null}
        <Card title="Recent changes">
          <ActivityList rows={activity.rows} />
        </Card>
        {isOwner ? (
          <Card title="Name">
            <WorkspaceNameForm mode="rename" current={actor.workspaceName} />
          </Card>
        ) : null}
        <Card title="Another workspace">
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            A household or a business of its own: you will be its owner, and can invite others to it.
          </p>
          <WorkspaceNameForm mode="create" />
        </Card>
        {actor.memberships.length > 1 ? (
          <Card title="Leave">
            <form action={leaveWorkspaceAction} data-personal-form="">
              <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">You lose access to this workspace at once; its data stays with the others.</p>
              <Button type="submit" variant="danger">
                Leave {actor.workspaceName}
              </Button>
            </form>
          </Card>
        ) : null}
      </div>
    </>
  );
}
