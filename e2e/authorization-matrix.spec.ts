import { expect, test, type APIRequestContext, type APIResponse, type Browser } from '@playwright/test';
import { appUrl } from '../playwright.config';
import { seedUserRows } from '../lib/account/test-helpers/seed-user-rows';
import { currentMonth } from '../lib/dates';
import { createDb, type Db } from '../lib/db';
import { createTestPerson } from '../lib/workspaces/test-helpers/person';
import { discoverActions, discoverFormFields, discoverPages, discoverRoutes, type ActionEntry, type Guard } from './authorization/discover';
import { snapshotWorkspace } from './authorization/workspace-snapshot';
import { signUp, uniqueEmail } from './helpers';

// The authorization matrix: every page, route handler and server action — discovered from the
// source and the build, so a new one is covered the day it appears — called by an owner, a member
// and a viewer of workspace A and by an outsider, each naming workspace B's ids. Workspace B must
// never change and never show through; a role without the right must be refused and leave A as it was.

test.describe.configure({ mode: 'serial' });

type Role = 'owner' | 'member' | 'viewer' | 'outsider';
const ROLES: Role[] = ['owner', 'member', 'viewer', 'outsider'];
const RANK: Record<Guard, number> = { public: 0, personal: 0, read: 1, write: 2, manage: 3 };
const ROLE_RANK: Record<Role, number> = { owner: 3, member: 2, viewer: 1, outsider: 3 /* in their own workspace */ };
/** Server actions that anyone may call; any other action must check the caller (a new one that forgets fails here). */
const PUBLIC_ACTIONS = ['signUpAction', 'signInAction', 'signOutAction', 'signInWithPasskeyAction', 'setThemeAction'];
// They end the caller's session, which the rest of the run needs; they name no workspace id.
const SESSION_ENDING = ['signOutAction', 'signOutEverywhereAction'];
// Leaving changes the caller's own membership: it runs last in each role's pass, after the probe.
const LAST = ['leaveWorkspaceAction'];
const B_MARKERS = ['BRAVO-LEAK-MARKER', 'Bravo private checking'];

type Person = { id: string; email: string; request: APIRequestContext };
type World = { A: string; O: string; B: string; bUser: { id: string; email: string; sessionId: string }; people: Record<Role, Person>; ids: Record<string, string> };

let db: Db;
let world: World;

async function person(browser: Browser, label: string): Promise<Person> {
  const context = await browser.newContext({ baseURL: appUrl });
  const page = await context.newPage();
  const email = uniqueEmail(label.toLowerCase());
  await signUp(page, email, undefined, label);
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return { id: user.id, email, request: context.request };
}

async function personalWorkspaceOf(userId: string): Promise<string> {
  return (await db.membership.findFirstOrThrow({ where: { userId, workspace: { kind: 'personal' } }, select: { workspaceId: true } })).workspaceId;
}

/** Workspace B: another person's data in every table, and a few rows whose text must never show elsewhere. */
async function seedWorkspaceB() {
  const email = uniqueEmail('bravo');
  const user = await createTestPerson(db, { email, name: 'Bravo' });
  const B = user.id;
  const connection = await db.bankConnection.create({ data: { workspaceId: B, institution: 'chase', status: 'disconnected' } });
  const account = await db.bankAccount.create({
    data: { workspaceId: B, connectionId: connection.id, bankAccountId: 'bravo-1', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING', name: 'Bravo private checking', currentBalanceMinor: 987_654n, addedById: B },
  });
  await seedUserRows(db, B, account.id, connection.id, email);
  // Starting a bank link clears everyone's expired link attempts (housekeeping, lib/bank/oauth-state.ts):
  // B's must be live, so only a real cross-workspace change would show.
  await db.oAuthState.updateMany({ where: { workspaceId: B }, data: { expiresAt: new Date('2099-01-01T00:00:00Z') } });
  const marker = await db.transaction.create({
    data: { workspaceId: B, accountId: account.id, bankTransactionId: 'bravo-marker', status: 'posted', amountMinor: -31_337n, bookedOn: new Date('2026-01-06T00:00:00Z'), description: 'BRAVO-LEAK-MARKER' },
  });
  const first = async <T>(read: () => Promise<T | null>) => (await read())!;
  const ids: Record<string, string> = {
    account: account.id,
    connection: connection.id,
    transaction: marker.id,
    category: (await first(() => db.category.findFirst({ where: { workspaceId: B } }))).id,
    tag: (await first(() => db.tag.findFirst({ where: { workspaceId: B } }))).id,
    rule: (await first(() => db.categoryRule.findFirst({ where: { workspaceId: B } }))).id,
    goal: (await first(() => db.goal.findFirst({ where: { workspaceId: B } }))).id,
    report: (await first(() => db.lendingReport.findFirst({ where: { workspaceId: B } }))).id,
    alert: (await first(() => db.alert.findFirst({ where: { workspaceId: B } }))).id,
    batch: (await first(() => db.importBatch.findFirst({ where: { workspaceId: B } }))).id,
    invitation: (await first(() => db.invitation.findFirst({ where: { workspaceId: B } }))).id,
    balanceValue: (await first(() => db.accountBalanceValue.findFirst({ where: { workspaceId: B } }))).id,
    user: B,
    workspace: B,
  };
  const session = await first(() => db.session.findFirst({ where: { userId: B } }));
  ids.session = session.id;
  return { B, bUser: { id: B, email, sessionId: session.id }, ids };
}

/** What a forged form carries: every field any action reads, ids all pointing at one of B's rows. */
function formFields(idValue: string, bEmail: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of discoverFormFields()) {
    if (/(^id$|Id$|^ids$|^payeeKey$|^token$|^upload$)/.test(name)) values[name] = idValue;
    else if (/email/i.test(name)) values[name] = bEmail;
    else if (/password/i.test(name)) values[name] = 'not-the-password-1';
    else if (/amount|balance|target$|Minor|Count|Min$|Multiplier/i.test(name)) values[name] = '12.34';
    else if (/month/i.test(name)) values[name] = currentMonth();
    else if (/day|date/i.test(name)) values[name] = '2026-01-06';
    else if (name === 'role') values[name] = 'owner';
    else if (/url/i.test(name)) values[name] = 'https://hooks.example.test/matrix';
    else values[name] = 'matrix probe';
  }
  values.hidden = 'true';
  values.private = 'true';
  values.keepData = 'delete';
  return values;
}

/** A server action called the way the browser calls it: Next-Action header, arguments as a React reply. */
function callAction(request: APIRequestContext, action: ActionEntry, fields: Record<string, string>): Promise<APIResponse> {
  const args = action.arity === 0 ? [] : action.arity === 1 ? ['$K1'] : [{}, '$K1'];
  // React encodes a FormData argument as "$K1" and its fields as "_1_<name>", and sends the root ("0")
  // last: the server reads the fields when the root arrives (ReactFlightReplyClient / decodeReplyFromBusboy).
  // A FormData keeps that order (an object would not: "0" is an index key and always enumerates first).
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) multipart.append(`_1_${name}`, value);
  multipart.append('0', JSON.stringify(args));
  return request.post('/dashboard', { headers: { 'next-action': action.id, origin: appUrl, accept: 'text/x-component' }, multipart, maxRedirects: 0 });
}

/**
 * An action that throws still answers 200: Next streams the error to the client as a Flight row,
 * `1:E{"digest":"…"}`. Redirects and 404s travel the same way with a named digest (NEXT_REDIRECT…,
 * NEXT_HTTP_ERROR_FALLBACK…); an unexpected error's digest is a bare number. Returns that digest.
 */
async function thrownByAction(response: APIResponse): Promise<string | null> {
  const body = await response.text();
  for (const match of body.matchAll(/^[0-9a-f]+:E(\{.*\})$/gm)) {
    const digest = String((JSON.parse(match[1]!) as { digest?: unknown }).digest ?? '');
    if (/^\d+$/.test(digest) || digest === '') return digest || 'none';
  }
  return null;
}

const refusedByRedirect = (response: APIResponse) => `${response.headers()['x-action-redirect'] ?? ''} ${response.headers().location ?? ''}`.includes('/forbidden');

function activeWorkspaceOf(role: Role): string {
  return role === 'outsider' ? world.O : world.A;
}

async function openWorkspace(role: Role): Promise<void> {
  await db.session.updateMany({ where: { userId: world.people[role].id }, data: { activeWorkspaceId: activeWorkspaceOf(role) } });
}

/** The member and the viewer may have left A in the actions pass (leaving is allowed): they come back. */
async function restoreMembership(role: Role): Promise<void> {
  if (role !== 'member' && role !== 'viewer') return;
  const key = { workspaceId_userId: { workspaceId: world.A, userId: world.people[role].id } };
  await db.membership.upsert({ where: key, create: { workspaceId: world.A, userId: world.people[role].id, role }, update: {} });
}

async function personRowsOfB() {
  return JSON.stringify([await db.user.findUnique({ where: { id: world.bUser.id } }), await db.session.count({ where: { userId: world.bUser.id } }), await db.membership.count({ where: { userId: world.bUser.id } })]);
}

const allowed = (role: Role, guard: Guard) => ROLE_RANK[role] >= RANK[guard];

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  db = createDb(process.env.DATABASE_URL!);
  const people = { owner: await person(browser, 'Owner'), member: await person(browser, 'Member'), viewer: await person(browser, 'Viewer'), outsider: await person(browser, 'Outsider') };
  const A = await personalWorkspaceOf(people.owner.id);
  await db.membership.create({ data: { workspaceId: A, userId: people.member.id, role: 'member' } });
  await db.membership.create({ data: { workspaceId: A, userId: people.viewer.id, role: 'viewer' } });
  world = { A, O: await personalWorkspaceOf(people.outsider.id), people, ...(await seedWorkspaceB()) };
  // Pages create the default categories the first time they are read: do that now, so a read later changes nothing.
  for (const role of ROLES) {
    await openWorkspace(role);
    for (const page of discoverPages().filter((p) => !p.pattern.includes('['))) await people[role].request.get(page.pattern);
  }
});

test.afterAll(async () => {
  await db?.$disconnect();
});

test('discovers every server action, page and route, and each one checks its caller', () => {
  const { actions, unmatched } = discoverActions(process.env.NEXT_DIST_DIR ?? '.next');
  expect(unmatched, 'actions in the source without a build id, or the other way round').toEqual([]);
  expect(actions.length).toBeGreaterThan(50);
  const unguarded = actions.filter((a) => a.guard === 'public' && !PUBLIC_ACTIONS.includes(a.name)).map((a) => `${a.file}#${a.name}`);
  expect(unguarded, 'server actions that call neither requireWorkspace nor requireUser').toEqual([]);
  const signedInPages = discoverPages().filter((p) => p.file.startsWith('app/(app)/'));
  expect(signedInPages.filter((p) => p.guard === 'public' || p.guard === 'personal').map((p) => p.file), 'signed-in pages without a workspace check').toEqual([]);
  const apiRoutes = discoverRoutes().filter((r) => r.pattern.startsWith('/api/') && !['/api/health', '/api/auth/[...nextauth]', '/api/bank/callback'].includes(r.pattern));
  expect(apiRoutes.filter((r) => r.guard === 'public' || r.guard === 'personal').map((r) => r.file), 'API routes without a workspace check').toEqual([]);
});

for (const role of ROLES) {
  test(`server actions as ${role === 'outsider' ? 'an outsider' : `a ${role} of A`}, naming B's ids`, async () => {
    test.setTimeout(300_000);
    const { actions } = discoverActions(process.env.NEXT_DIST_DIR ?? '.next');
    const callable = actions.filter((a) => !SESSION_ENDING.includes(a.name));
    const problems: string[] = [];
    const request = world.people[role].request;
    const bBefore = await snapshotWorkspace(db, world.B);
    const bPersonBefore = await personRowsOfB();

    async function forge(action: ActionEntry): Promise<void> {
      await openWorkspace(role);
      const refuse = !allowed(role, action.guard);
      // A viewer changes nothing in A, whatever an action says it needs: only leaving touches A (their own membership).
      const checkA = refuse || role === 'outsider' || (role === 'viewer' && !LAST.includes(action.name));
      const aBefore = checkA ? await snapshotWorkspace(db, world.A) : null;
      // A workspace action gets one call per kind of B id; a personal or public one, one call.
      const variants = action.guard === 'personal' || action.guard === 'public' ? [world.ids.session!] : Object.values(world.ids);
      for (const idValue of variants) {
        const response = await callAction(request, action, formFields(idValue, world.bUser.email));
        const label = `${action.file}#${action.name} with ${idValue}`;
        if (response.status() >= 500) problems.push(`${label}: answered ${response.status()}`);
        const thrown = await thrownByAction(response);
        if (thrown) problems.push(`${label}: threw (digest ${thrown})`);
        if (refuse && !refusedByRedirect(response)) problems.push(`${label}: a ${role} was not refused (status ${response.status()})`);
        if (refuse) break; // refused before reading any field: the other ids would change nothing more
      }
      if (aBefore) {
        const aAfter = await snapshotWorkspace(db, world.A);
        if (JSON.stringify(aAfter) !== JSON.stringify(aBefore)) problems.push(`${action.file}#${action.name}: a ${role} changed workspace A ${JSON.stringify(diff(aBefore, aAfter))}`);
      }
      const bNow = await snapshotWorkspace(db, world.B);
      if (JSON.stringify(bNow) !== JSON.stringify(bBefore)) problems.push(`${action.file}#${action.name}: a ${role} changed workspace B ${JSON.stringify(diff(bBefore, bNow))}`);
    }

    for (const action of callable.filter((a) => !LAST.includes(a.name))) await forge(action);
    // The forged calls reach the actions — a malformed request would be refused for everyone and prove
    // nothing: the same call with honest fields adds a category where the role may write, and only there.
    await openWorkspace(role);
    const createCategory = actions.find((a) => a.name === 'createCategoryAction')!;
    const name = `Matrix probe ${role}`;
    const probe = await callAction(request, createCategory, { name, kind: 'expense', parentId: '', color: '' });
    expect(probe.status()).toBeLessThan(500);
    expect(await thrownByAction(probe), 'the probe threw').toBeNull();
    const created = await db.category.count({ where: { workspaceId: activeWorkspaceOf(role), name } });
    expect(created, `categories the probe added as ${role}`).toBe(role === 'viewer' ? 0 : 1);
    // Leaving changes the caller's own membership, so it comes last.
    for (const action of callable.filter((a) => LAST.includes(a.name))) await forge(action);

    expect(await personRowsOfB(), 'B’s own account, sessions and memberships').toBe(bPersonBefore);
    expect(problems).toEqual([]);
  });

  test(`pages and routes as ${role === 'outsider' ? 'an outsider' : `a ${role} of A`}, naming B's ids`, async () => {
    test.setTimeout(300_000);
    await restoreMembership(role);
    await openWorkspace(role);
    const problems: string[] = [];
    const request = world.people[role].request;
    const bBefore = await snapshotWorkspace(db, world.B);
    const aBefore = await snapshotWorkspace(db, world.A);
    const expand = (pattern: string) =>
      pattern.includes('[...nextauth]') ? [pattern.replace('[...nextauth]', 'session')] : pattern.includes('[') ? Object.values(world.ids).map((id) => pattern.replace(/\[\w+\]/g, id)) : [pattern];
    for (const page of discoverPages()) {
      for (const url of expand(page.pattern)) {
        const response = await request.get(url);
        const body = await response.text();
        if (response.status() >= 500) problems.push(`GET ${url}: answered ${response.status()}`);
        for (const marker of B_MARKERS) if (body.includes(marker)) problems.push(`GET ${url}: shows B's "${marker}"`);
        if (!allowed(role, page.guard) && !response.url().includes('/forbidden')) problems.push(`GET ${url}: a ${role} was not refused (${response.url()})`);
      }
    }
    for (const route of discoverRoutes()) {
      for (const method of route.methods) {
        for (const url of expand(route.pattern)) {
          const response = await request.fetch(url, { method, maxRedirects: 0, headers: { origin: appUrl } });
          const body = method === 'GET' ? await response.text() : '';
          if (response.status() >= 500) problems.push(`${method} ${url}: answered ${response.status()}`);
          for (const marker of B_MARKERS) if (body.includes(marker)) problems.push(`${method} ${url}: shows B's "${marker}"`);
          if (!allowed(role, route.guard) && response.status() !== 403) problems.push(`${method} ${url}: a ${role} was not refused (${response.status()})`);
        }
      }
    }
    expect(JSON.stringify(await snapshotWorkspace(db, world.B)), 'workspace B after every page and route').toBe(JSON.stringify(bBefore));
    if (role === 'viewer' || role === 'outsider') expect(JSON.stringify(await snapshotWorkspace(db, world.A)), 'workspace A after every page and route').toBe(JSON.stringify(aBefore));
    expect(problems).toEqual([]);
  });
}

function diff(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((key) => before[key] !== after[key]);
}
