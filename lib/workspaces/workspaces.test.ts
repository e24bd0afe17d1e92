import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAccount } from '@/lib/account/delete-account';
import { seedUser, insertTransactions } from '@/lib/budgeting/test-helpers/seed';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { ConflictError } from '@/lib/errors';
import { getTopCounterparties } from '@/lib/insights/monthly';
import { rebuildAllRollups } from '@/lib/budgeting/rollups';
import { parseTransactionFilters } from '@/lib/transactions/filters';
import { listTransactions } from '@/lib/transactions/list';
import { listWorkspaceActivity } from './activity';
import { acceptInvitation, createInvitation, previewInvitation, revokeInvitation } from './invitations';
import { changeMemberRole, listMembers, removeMember } from './members';
import { createPersonalWorkspace, listMemberships, memberCan, pickActiveMembership } from './memberships';
import { roleAllows } from './roles';
import { assertTransactionsVisible, listHiddenAccountIds } from './visibility';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 60_000);
afterAll(() => t.drop());

let counter = 0;
async function person(name: string) {
  const email = `${name.toLowerCase()}-${++counter}@example.test`;
  const user = await t.db.user.create({ data: { email, name, passwordHash: 'x' } });
  const workspaceId = await createPersonalWorkspace(t.db, user);
  return { id: user.id, email, name, workspaceId };
}
const actorIn = (who: { id: string; email: string; name: string }, workspaceId: string) => ({ ...who, workspaceId });
const NOW = new Date('2026-06-01T12:00:00Z');

describe('listMemberships', () => {
  it('lists the personal workspace first, then the others by name, each with its role', async () => {
    const me = await person('Reader');
    const zeta = await person('Zeta');
    const alpha = await person('Alpha');
    await t.db.workspace.update({ where: { id: zeta.workspaceId }, data: { kind: 'shared', name: 'Zeta household' } });
    await t.db.workspace.update({ where: { id: alpha.workspaceId }, data: { kind: 'shared', name: 'Alpha books' } });
    await t.db.membership.create({ data: { workspaceId: zeta.workspaceId, userId: me.id, role: 'viewer' } });
    await t.db.membership.create({ data: { workspaceId: alpha.workspaceId, userId: me.id, role: 'member' } });
    expect(await listMemberships(t.db, me.id)).toEqual([
      { workspaceId: me.workspaceId, name: "Reader's money", kind: 'personal', role: 'owner' },
      { workspaceId: alpha.workspaceId, name: 'Alpha books', kind: 'shared', role: 'member' },
      { workspaceId: zeta.workspaceId, name: 'Zeta household', kind: 'shared', role: 'viewer' },
    ]);
    expect(await listMemberships(t.db, 'nobody')).toEqual([]);
  });
});

describe('roles', () => {
  it('lets owners manage, members write, viewers only read', () => {
    expect([roleAllows('owner', 'manage'), roleAllows('owner', 'write'), roleAllows('owner', 'read')]).toEqual([true, true, true]);
    expect([roleAllows('member', 'manage'), roleAllows('member', 'write'), roleAllows('member', 'read')]).toEqual([false, true, true]);
    expect([roleAllows('viewer', 'manage'), roleAllows('viewer', 'write'), roleAllows('viewer', 'read')]).toEqual([false, false, true]);
  });
});

describe('invitations', () => {
  it('joins the invited address once, with the invited role, and records who joined', async () => {
    const owner = await person('Alex');
    const partner = await person('Sam');
    const invited = await createInvitation(t.db, actorIn(owner, owner.workspaceId), { email: partner.email.toUpperCase(), role: 'member' }, NOW);
    expect(await previewInvitation(t.db, invited.token, NOW)).toMatchObject({ email: partner.email, role: 'member', inviterName: 'Alex' });
    expect(await acceptInvitation(t.db, partner, invited.token, NOW)).toEqual({ workspaceId: owner.workspaceId });
    expect(await memberCan(t.db, partner.id, owner.workspaceId, 'write')).toBe(true);
    expect(await memberCan(t.db, partner.id, owner.workspaceId, 'manage')).toBe(false);
    // Used: a second accept (another tab, a forwarded link) changes nothing.
    await expect(acceptInvitation(t.db, partner, invited.token, NOW)).rejects.toThrow(/not valid/);
    expect((await listMembers(t.db, owner.workspaceId)).map((m) => m.role).sort()).toEqual(['member', 'owner']);
    const { rows } = await listWorkspaceActivity(t.db, owner.workspaceId);
    expect(rows.map((r) => `${r.actorName}: ${r.kind}`)).toEqual(['Sam: member.joined', 'Alex: member.invited']);
  });

  it('refuses an expired, revoked, mistyped or someone else’s invitation, and adds nobody', async () => {
    const owner = await person('Owner');
    const invitee = await person('Invitee');
    const stranger = await person('Stranger');
    const actor = actorIn(owner, owner.workspaceId);
    const expired = await createInvitation(t.db, actor, { email: invitee.email, role: 'viewer' }, new Date('2026-01-01T00:00:00Z'));
    await expect(acceptInvitation(t.db, invitee, expired.token, NOW)).rejects.toThrow(/expired/);
    const forOther = await createInvitation(t.db, actor, { email: invitee.email, role: 'viewer' }, NOW);
    await expect(acceptInvitation(t.db, stranger, forOther.token, NOW)).rejects.toThrow(/another email address/);
    await revokeInvitation(t.db, actor, forOther.id, NOW);
    await expect(acceptInvitation(t.db, invitee, forOther.token, NOW)).rejects.toThrow(/revoked/);
    await expect(acceptInvitation(t.db, invitee, 'not-a-token', NOW)).rejects.toThrow(/not valid/);
    await expect(acceptInvitation(t.db, invitee, `${forOther.token.slice(0, -1)}A`, NOW)).rejects.toThrow(/not valid/);
    expect(await previewInvitation(t.db, forOther.token, NOW)).toBeNull();
    expect(await listMembers(t.db, owner.workspaceId)).toHaveLength(1);
  });

  it('lets two tabs race for one invitation and gives it to one of them', async () => {
    const owner = await person('Racer');
    const invitee = await person('Twice');
    const invited = await createInvitation(t.db, actorIn(owner, owner.workspaceId), { email: invitee.email, role: 'member' }, NOW);
    const results = await Promise.allSettled([acceptInvitation(t.db, invitee, invited.token, NOW), acceptInvitation(t.db, invitee, invited.token, NOW)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await t.db.membership.count({ where: { workspaceId: owner.workspaceId, userId: invitee.id } })).toBe(1);
  });

  it('does not let another workspace’s owner revoke the invitation', async () => {
    const owner = await person('Keeper');
    const other = await person('Other');
    const invited = await createInvitation(t.db, actorIn(owner, owner.workspaceId), { email: 'someone@example.test', role: 'member' }, NOW);
    await expect(revokeInvitation(t.db, actorIn(other, other.workspaceId), invited.id, NOW)).rejects.toThrow(/not found/i);
    expect(await previewInvitation(t.db, invited.token, NOW)).not.toBeNull();
  });
});

describe('members', () => {
  it('never leaves a workspace without an owner, and ends a removed member’s access at once', async () => {
    const owner = await person('Solo');
    const member = await person('Helper');
    const actor = actorIn(owner, owner.workspaceId);
    const invited = await createInvitation(t.db, actor, { email: member.email, role: 'member' }, NOW);
    await acceptInvitation(t.db, member, invited.token, NOW);
    await expect(changeMemberRole(t.db, actor, owner.id, 'viewer')).rejects.toBeInstanceOf(ConflictError);
    await expect(removeMember(t.db, actor, owner.id)).rejects.toBeInstanceOf(ConflictError);
    await t.db.session.create({ data: { sessionToken: `s-${member.id}`, userId: member.id, expires: new Date('2099-01-01T00:00:00Z'), activeWorkspaceId: owner.workspaceId } });
    await removeMember(t.db, actor, member.id);
    expect(await memberCan(t.db, member.id, owner.workspaceId, 'read')).toBe(false);
    const session = await t.db.session.findUniqueOrThrow({ where: { sessionToken: `s-${member.id}` } });
    expect(session.activeWorkspaceId).toBeNull();
    // Their next request works in their own workspace.
    expect(pickActiveMembership(await listMemberships(t.db, member.id), owner.workspaceId)?.workspaceId).toBe(member.workspaceId);
  });

  it('refuses to delete the account of the last owner of a shared workspace, and deletes nothing', async () => {
    const owner = await person('Household');
    const partner = await person('Partner');
    const invited = await createInvitation(t.db, actorIn(owner, owner.workspaceId), { email: partner.email, role: 'member' }, NOW);
    await acceptInvitation(t.db, partner, invited.token, NOW);
    await expect(deleteAccount(t.db, owner.id, { ipAddress: null, userAgent: null })).rejects.toBeInstanceOf(ConflictError);
    expect(await t.db.user.count({ where: { id: owner.id } })).toBe(1);
    // The partner may leave by deleting their account: the household stays.
    await deleteAccount(t.db, partner.id, { ipAddress: null, userAgent: null });
    expect(await listMembers(t.db, owner.workspaceId)).toHaveLength(1);
    expect(await t.db.workspace.count({ where: { id: partner.workspaceId } })).toBe(0);
  });
});

describe('private accounts', () => {
  it('hide their transactions and merchants from other members, not from their owner', async () => {
    const seeded = await seedUser(t.db);
    const owner = { id: seeded.workspaceId, email: 'x', name: 'Owner' };
    const partner = await person('Private');
    const invited = await createInvitation(t.db, actorIn(owner, seeded.workspaceId), { email: partner.email, role: 'member' }, NOW);
    await acceptInvitation(t.db, partner, invited.token, NOW);
    const [shared, secret] = await insertTransactions(t.db, seeded.workspaceId, [
      { accountId: seeded.checking, amountMinor: -1_000n, day: '2026-05-03', description: 'GROCER', bankMerchantName: 'Grocer' },
      { accountId: seeded.card, amountMinor: -9_900n, day: '2026-05-04', description: 'GIFT SHOP', bankMerchantName: 'Gift Shop' },
    ]);
    await rebuildAllRollups(t.db, seeded.workspaceId);
    await t.db.bankAccount.update({ where: { id: seeded.card }, data: { privateToUserId: partner.id, addedById: partner.id } });

    const seenBy = async (viewerId: string) => {
      const filters = { ...parseTransactionFilters({}).filters, hiddenAccountIds: await listHiddenAccountIds(t.db, seeded.workspaceId, viewerId) };
      return (await listTransactions(t.db, seeded.workspaceId, filters)).items.map((item) => item.description);
    };
    expect(await seenBy(owner.id)).toEqual(['GROCER']);
    expect((await seenBy(partner.id)).sort()).toEqual(['GIFT SHOP', 'GROCER']);
    await expect(assertTransactionsVisible(t.db, seeded.workspaceId, owner.id, [shared!, secret!])).rejects.toThrow(/not found/i);
    await expect(assertTransactionsVisible(t.db, seeded.workspaceId, partner.id, [shared!, secret!])).resolves.toBeUndefined();
    const merchants = (await getTopCounterparties(t.db, seeded.workspaceId, '2026-05', '2026-05', 'out')).map((m) => m.merchant);
    expect(merchants.some((m) => /gift/i.test(m))).toBe(false);
    expect(merchants.some((m) => /grocer/i.test(m))).toBe(true);
  });
});
