'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { invalidForm, readField, readFields, runFormAction, type FormState } from '@/lib/forms';
import { log } from '@/lib/log';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import { recordActivity } from './activity';
import { requireWorkspace } from './current-workspace';
import { readSmtpConfig, sendInvitationEmail } from './invitation-mail';
import { acceptInvitation, createInvitation, revokeInvitation } from './invitations';
import { changeMemberRole, removeMember } from './members';
import { memberCan } from './memberships';
import { idSchema, inviteSchema, memberRoleSchema, workspaceNameSchema } from './workspace-schemas';

const WORKSPACE_PAGE = '/workspace';

/** Points this browser at a workspace; every signed-in page (the shell's switcher included) redraws. */
async function openWorkspace(sessionId: string, workspaceId: string): Promise<void> {
  await getDb().session.updateMany({ where: { id: sessionId }, data: { activeWorkspaceId: workspaceId } });
  revalidatePath('/', 'layout');
}

/** Switches this browser to another of the person's workspaces; a workspace they are not in is refused. */
export async function switchWorkspaceAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const workspaceId = readField(form, 'workspaceId');
  if (!(await memberCan(getDb(), user.id, workspaceId, 'read'))) redirect('/forbidden?reason=not-a-member');
  await openWorkspace(user.sessionId, workspaceId);
  redirect('/dashboard');
}

export async function createWorkspaceAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = readFields(form, ['name'], 100);
  const parsed = workspaceNameSchema.safeParse(values.name);
  if (!parsed.success) return { fieldErrors: { name: parsed.error.issues.map((issue) => issue.message) }, values, submission: Date.now() };
  const workspace = await getDb().workspace.create({
    data: { name: parsed.data, kind: 'shared', memberships: { create: { userId: user.id, role: 'owner' } } },
    select: { id: true },
  });
  await openWorkspace(user.sessionId, workspace.id);
  redirect(WORKSPACE_PAGE);
}

export async function renameWorkspaceAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('manage');
  const values = readFields(form, ['name'], 100);
  const parsed = workspaceNameSchema.safeParse(values.name);
  if (!parsed.success) return { fieldErrors: { name: parsed.error.issues.map((issue) => issue.message) }, values, submission: Date.now() };
  await getDb().workspace.update({ where: { id: actor.workspaceId }, data: { name: parsed.data } });
  revalidatePath('/', 'layout');
  return { ok: true, message: 'Renamed.', submission: Date.now() };
}

export type InviteState = FormState & { link?: string; emailed?: boolean };

function invitationLink(token: string): string {
  return new URL(`/invite/${token}`, env().AUTH_URL ?? 'http://localhost:3000').toString();
}

export async function inviteMemberAction(_: InviteState, form: FormData): Promise<InviteState> {
  const actor = await requireWorkspace('manage');
  const values = readFields(form, ['email', 'role'], 300);
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    const invitation = await createInvitation(getDb(), actor, parsed.data);
    const link = invitationLink(invitation.token);
    let emailed = false;
    try {
      // A wrong SMTP_URL or a mail server that is down must not lose the invitation: the link below still works.
      const smtp = readSmtpConfig();
      if (smtp) {
        await sendInvitationEmail(smtp, { to: invitation.email, workspaceName: actor.workspaceName, inviterName: actor.name ?? actor.email, role: invitation.role, link, expiresAt: invitation.expiresAt });
        emailed = true;
      }
    } catch (error) {
      log.warn('invitation email failed', { error });
    }
    revalidatePath(WORKSPACE_PAGE);
    const how = emailed ? `An email with the link was sent to ${invitation.email}. You can also copy it:` : 'Copy this link and send it to them:';
    return { ok: true, message: `Invited ${invitation.email}. ${how} it works once, for 7 days.`, link, emailed, submission: Date.now() };
  }, values);
}

/** The forms below act on one row; a forged or stale id shows the refusal as the page's notice. */
async function runRowAction(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    redirect(`${WORKSPACE_PAGE}?notice=${encodeURIComponent(error.message)}`);
  }
  revalidatePath(WORKSPACE_PAGE);
}

export async function revokeInvitationAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('manage');
  const id = idSchema.safeParse(readField(form, 'invitationId'));
  await runRowAction(async () => {
    if (!id.success) throw new AppError('bad_input', 'That invitation was not found.');
    await revokeInvitation(getDb(), actor, id.data);
  });
}

export async function changeMemberRoleAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('manage');
  const parsed = memberRoleSchema.safeParse({ userId: readField(form, 'userId'), role: readField(form, 'role') });
  await runRowAction(async () => {
    if (!parsed.success) throw new AppError('bad_input', 'Choose Owner, Member or Viewer.');
    await changeMemberRole(getDb(), actor, parsed.data.userId, parsed.data.role);
  });
}

export async function removeMemberAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('manage');
  const id = idSchema.safeParse(readField(form, 'userId'));
  await runRowAction(async () => {
    if (!id.success) throw new AppError('not_found', 'That member was not found.');
    await removeMember(getDb(), actor, id.data);
  });
}

/** Anyone may leave a workspace, except its last owner (who must hand it on first). */
export async function leaveWorkspaceAction(): Promise<void> {
  const actor = await requireWorkspace('read');
  await runRowAction(() => removeMember(getDb(), actor, actor.id));
  revalidatePath('/', 'layout');
  redirect('/dashboard');
}

export async function acceptInvitationAction(_: FormState, form: FormData): Promise<FormState> {
  const token = readField(form, 'token').slice(0, 100);
  const user = await requireUser();
  let workspaceId: string;
  try {
    ({ workspaceId } = await acceptInvitation(getDb(), user, token));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { message: error.message, submission: Date.now() };
  }
  await openWorkspace(user.sessionId, workspaceId);
  redirect('/dashboard');
}

/** Marks an account the member linked as private (its transactions only they see) or shares it again. */
export async function setAccountPrivacyAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('write');
  const accountId = readField(form, 'accountId').slice(0, 100);
  const makePrivate = readField(form, 'private') === 'true';
  const db = getDb();
  // Only the member who linked or added the account may make it private, or share it again.
  const { count } = await db.bankAccount.updateMany({
    where: { id: accountId, workspaceId: actor.workspaceId, addedById: actor.id },
    data: { privateToUserId: makePrivate ? actor.id : null },
  });
  if (count === 1) {
    // Merchants and recurring charges leave private accounts out: cached dashboards must recompute.
    await bumpDataVersion(db, actor.workspaceId);
    await recordActivity(db, actor, 'account.privacy_changed', makePrivate ? 'Made an account private' : 'Shared an account with the workspace', accountId);
  }
  revalidatePath('/accounts');
  revalidatePath('/transactions');
}
