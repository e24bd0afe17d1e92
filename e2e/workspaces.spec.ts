import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { appUrl } from '../playwright.config';
import { addMonths, currentMonth } from '../lib/dates';
import { linkCustomer, signUp, TEST_PASSWORD, uniqueEmail } from './helpers';
import { smtpInboxPort, startSmtpInbox, type SmtpInbox } from './smtp-inbox';

// Shared workspaces end to end, three people in three browsers. Alex signs up, links the sandbox
// consumer and invites Sam as a member: the invitation arrives by email (a loopback SMTP inbox) with
// the link the page shows. Sam creates an account from the link, accepts, and works in Alex's
// workspace: both see the budget Alex sets, and each sees who renamed which category. Then Alex
// opens a "Business" workspace, links the sandbox bakery (ten years of history) and invites an
// accountant as viewer, who reads the ten years of cash flow and exports them, finds no control
// that changes anything, and is refused by the server when forcing one.
// Linking happens at desktop size: on a phone the bank's pages open in the same tab, not a popup.

const DESKTOP = { width: 1366, height: 900 };

type Person = { name: string; email: string; context: BrowserContext; page: Page };

test.describe.configure({ mode: 'serial' });

let inbox: SmtpInbox;
const people: Person[] = [];
let owner: Person;
let partner: Person;
let accountant: Person;
let personalWorkspace: string;

async function newPerson(browser: Browser, name: string, label: string): Promise<Person> {
  const context = await browser.newContext({ baseURL: appUrl, viewport: DESKTOP });
  const person = { name, email: uniqueEmail(label), context, page: await context.newPage() };
  people.push(person);
  return person;
}

/** The shell draws its navigation twice (phone menu and sidebar): the copy on screen. */
function onScreen(page: Page, testId: string) {
  return page.getByTestId(testId).filter({ visible: true });
}

/** Waits until a just-linked connection's first sync has finished: "Last synced …" and no first-sync banner. */
async function waitForFirstSync(page: Page, timeout: number) {
  await expect(async () => {
    await page.goto('/accounts');
    await expect(page.getByText(/^Last synced /).first()).toBeVisible({ timeout: 3_000 });
    await expect(page.getByRole('region', { name: 'First sync' })).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout, intervals: [3_000] });
}

/** On /workspace, invites an address with a role; returns the link the page shows. */
async function invite(page: Page, email: string, role: 'member' | 'viewer'): Promise<string> {
  await page.goto('/workspace');
  const card = page.getByRole('region', { name: 'Invite someone' });
  await card.getByLabel('Email address').fill(email);
  await card.getByLabel('Role', { exact: true }).selectOption(role);
  await card.getByRole('button', { name: 'Invite' }).click();
  await expect(card.getByRole('status')).toContainText(`Invited ${email}. An email with the link was sent to ${email}.`);
  const link = ((await card.getByTestId('invitation-link').textContent()) ?? '').trim();
  expect(link).toMatch(new RegExp(`^${appUrl}/invite/[\\w-]+$`));
  return link;
}

/** The invitation email to `email` carries exactly the link the owner was shown. */
async function expectInvitationEmail(email: string, link: string, workspace: string) {
  const mail = await inbox.waitForMessageTo(email);
  expect(mail.to).toEqual([email]);
  expect(mail.subject).toContain(`“${workspace}”`);
  expect(mail.text).toContain(`Accept: ${link}\n`);
}

/** From the invitation link: create an account with the invited address, come back, accept. */
async function joinWithNewAccount(person: Person, link: string, workspace: string) {
  const { page } = person;
  const path = new URL(link).pathname;
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Join “${workspace}”`);
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toHaveAttribute('href', `/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const createAccount = page.getByRole('link', { name: 'create an account', exact: true });
  await expect(createAccount).toHaveAttribute('href', `/sign-up?callbackUrl=${encodeURIComponent(path)}`);
  await createAccount.click();
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  await page.getByLabel('Name (optional)').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await page.getByLabel('Repeat password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await page.getByRole('button', { name: 'Accept and join' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** The sidebar's switcher shows `workspace` as the one being worked in, and the person's role in it. */
async function expectWorkingIn(page: Page, workspace: string, role: string) {
  const switcher = page.getByLabel('Switch workspace').filter({ visible: true });
  await expect(switcher.locator('option:checked')).toHaveText(workspace);
  await expect(page.getByRole('button', { name: 'Switch' }).filter({ visible: true })).toBeVisible();
  await expect(onScreen(page, 'workspace-role')).toHaveText(new RegExp(`^You are ${role}`));
}

async function renameCategory(page: Page, from: string, to: string) {
  await page.goto('/budgets/categories');
  const item = page.getByRole('listitem', { name: `Category ${from}` });
  await item.getByText(`Edit ${from}`).click();
  await item.getByLabel(`New name for ${from}`).fill(to);
  await item.getByRole('button', { name: `Save ${from}` }).click();
  await expect(page.getByRole('listitem', { name: `Category ${to}` })).toBeVisible();
}

async function readCsv(page: Page, click: () => Promise<void>): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await click();
  const download = await downloadPromise;
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.beforeAll(async ({ browser }) => {
  inbox = await startSmtpInbox(smtpInboxPort());
  owner = await newPerson(browser, 'Alex Owner', 'ws-owner');
  partner = await newPerson(browser, 'Sam Partner', 'ws-partner');
  accountant = await newPerson(browser, 'Casey Accountant', 'ws-accountant');
  personalWorkspace = `${owner.name}'s money`;
});

test.afterAll(async () => {
  for (const person of people) await person.context.close();
  await inbox?.close();
});

test('the owner links a bank and invites a partner; the email carries the link the page shows', async () => {
  test.setTimeout(360_000);
  const { page } = owner;
  await signUp(page, owner.email, TEST_PASSWORD, owner.name);
  await linkCustomer(page, 'consumer');
  await waitForFirstSync(page, 300_000);

  await page.getByRole('link', { name: 'Workspace', exact: true }).filter({ visible: true }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(personalWorkspace);
  await expect(onScreen(page, 'workspace-role')).toHaveText('You are owner');

  const link = await invite(page, partner.email, 'member');
  await expectInvitationEmail(partner.email, link, personalWorkspace);
  await expect(page.getByTestId('invitation').filter({ hasText: partner.email })).toContainText('Member · Waiting');
});

test('the partner creates an account from the link, accepts, and works in the owner’s workspace as member', async () => {
  const link = ((await owner.page.getByTestId('invitation-link').textContent()) ?? '').trim();
  await joinWithNewAccount(partner, link, personalWorkspace);
  await expectWorkingIn(partner.page, personalWorkspace, 'member');
  await expect(onScreen(partner.page, 'workspace-role')).toHaveText('You are member');

  // Both now list each other as members, and the link cannot be used again.
  await partner.page.goto('/workspace');
  await expect(partner.page.getByRole('heading', { level: 1 })).toHaveText(personalWorkspace);
  const members = partner.page.getByRole('region', { name: 'Members' }).getByTestId('member');
  await expect(members.filter({ hasText: owner.email })).toContainText('Owner');
  await expect(members.filter({ hasText: partner.email })).toContainText(`${partner.name} (you)`);
  await owner.page.goto('/workspace');
  await expect(owner.page.getByTestId('invitation').filter({ hasText: partner.email })).toContainText('Member · Accepted');
  await partner.page.goto(new URL(link).pathname);
  await expect(partner.page.getByRole('heading', { level: 1 })).toHaveText('This invitation cannot be used');
});

test('a budget the owner sets is the one the partner sees', async () => {
  const month = currentMonth(new Date());
  await owner.page.goto(`/budgets?month=${month}`);
  await owner.page.getByLabel('Category').selectOption({ label: 'Groceries' });
  await owner.page.getByLabel('Monthly amount').fill('345.67');
  await owner.page.getByRole('button', { name: 'Save budget' }).click();
  await expect(owner.page.getByText('Budget saved.')).toBeVisible();
  const ownersLine = owner.page.getByRole('listitem', { name: 'Budget for Food › Groceries' });
  await expect(ownersLine).toContainText('Budget $345.67');
  const spent = (await ownersLine.getByText(/ of \$345\.67/).textContent())!.trim();

  await partner.page.goto(`/budgets?month=${month}`);
  const partnersLine = partner.page.getByRole('listitem', { name: 'Budget for Food › Groceries' });
  await expect(partnersLine).toContainText('Budget $345.67');
  await expect(partnersLine.getByText(/ of \$345\.67/)).toHaveText(spent);
});

test('each sees who renamed which category in Recent changes', async () => {
  await renameCategory(partner.page, 'Coffee & quick food', 'Coffee shops');
  await renameCategory(owner.page, 'Fuel', 'Gas & charging');
  const entries = [
    `${partner.name} renamed the category “Coffee & quick food” to “Coffee shops”`,
    `${owner.name} renamed the category “Fuel” to “Gas & charging”`,
  ];
  for (const { page } of [owner, partner]) {
    await page.goto('/workspace');
    const activity = page.getByRole('region', { name: 'Recent changes' }).getByTestId('activity');
    for (const entry of entries) await expect(activity.filter({ hasText: entry })).toHaveText(new RegExp(`^${escapeRegExp(entry)}`));
    // Newest first: the owner's rename came second.
    await expect(activity.first()).toContainText(entries[1]!);
  }
  // The rename is shared: the partner's categories show the owner's new name.
  await partner.page.goto('/budgets/categories');
  await expect(partner.page.getByRole('listitem', { name: 'Category Gas & charging' })).toBeVisible();
});

test('the owner opens a Business workspace, links the bakery and invites an accountant as viewer', async () => {
  test.setTimeout(600_000);
  const { page } = owner;
  await page.goto('/workspace');
  const another = page.getByRole('region', { name: 'Another workspace' });
  await another.getByLabel('Name of the new workspace').fill('Business');
  await another.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business');
  // The shell (switcher, role) follows at once, without a reload.
  await expectWorkingIn(page, 'Business', 'owner');

  // Ten years of a bakery: the first sync takes a while.
  await linkCustomer(page, 'business');
  await expect(page.getByRole('rowheader', { name: /Business Checking/ })).toBeVisible();
  await waitForFirstSync(page, 540_000);

  const link = await invite(page, accountant.email, 'viewer');
  await expectInvitationEmail(accountant.email, link, 'Business');
  await joinWithNewAccount(accountant, link, 'Business');
  await expectWorkingIn(accountant.page, 'Business', 'viewer');
  await expect(onScreen(accountant.page, 'workspace-role')).toHaveText('You are viewer: you can look and export, not change');
});

test('the accountant reads ten years of the bakery’s cash flow and exports them', async () => {
  const { page } = accountant;
  const to = currentMonth(new Date());
  const from = addMonths(to, -119);
  const thisYear = Number(to.slice(0, 4));

  await page.getByRole('link', { name: 'Cash flow', exact: true }).filter({ visible: true }).click();
  await expect(page).toHaveURL(/\/cash-flow$/);
  const range = page.getByRole('form', { name: 'Choose months' });
  await range.getByLabel('From month').fill(from);
  await range.getByLabel('To month').fill(to);
  await range.getByLabel('Group by').selectOption({ label: 'Year' });
  await range.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}&group=year`));

  // One row per year, newest first, and money came in every full year of the ten.
  const table = page.getByRole('group', { name: 'Cash flow per year' });
  // The new range streams in after the URL changes: wait for its table before reading it.
  await expect(table.getByRole('rowheader').first()).toHaveText(new RegExp(`^${thisYear}`), { timeout: 30_000 });
  const years = (await table.getByRole('rowheader').allTextContents()).map((label) => Number(label.slice(0, 4)));
  expect(years[0]).toBe(thisYear);
  expect(Math.min(...years)).toBeLessThanOrEqual(thisYear - 9);
  for (let year = thisYear - 9; year < thisYear; year++) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(year), exact: true }) });
    await expect(row.getByRole('cell').first(), `money in during ${year}`).not.toHaveText('$0.00');
  }

  // The export: the same 120 months as CSV, with money in during the earliest full year.
  const exportLink = page.getByRole('link', { name: 'Export CSV' });
  await expect(exportLink).toHaveAttribute('href', `/api/export/cash-flow?from=${from}&to=${to}`);
  const csv = await readCsv(page, () => exportLink.click());
  const lines = csv.replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
  expect(lines[0]).toBe("Month,Money in,Money out,Net,Spending,Owner's draws");
  expect(lines).toHaveLength(1 + 120);
  expect(lines[1]!.startsWith(`${from},`)).toBe(true);
  expect(lines.at(-1)!.startsWith(`${to},`)).toBe(true);
  const earliestYear = lines.slice(1).filter((line) => line.startsWith(`${thisYear - 9}-`));
  expect(earliestYear).toHaveLength(12);
  expect(earliestYear.reduce((sum, line) => sum + Number(line.split(',')[1]), 0)).toBeGreaterThan(0);
});

test('the accountant finds no control that changes anything, and the server refuses forced changes', async () => {
  test.setTimeout(180_000);
  const { page } = accountant;
  const pages = ['/dashboard', '/accounts', '/transactions', '/budgets', '/budgets/categories', '/transactions/rules', '/goals', '/alerts', '/reports', '/cash-flow', '/workspace'];
  const writeButtons = ['Connect Chase', 'Sync now', 'Invite', 'Add category', 'Save budget', 'Save rule'];
  const changeForms = (p: Page) => p.locator('main form[method="post" i]:not([data-personal-form])');
  // The owner, on the same workspace, has those controls: the checks below can see them when they are there.
  await owner.page.goto('/accounts');
  await expect(owner.page.getByRole('button', { name: 'Sync now', exact: true }).first()).toBeVisible();
  await expect(owner.page.getByRole('button', { name: 'Connect Chase', exact: true }).first()).toBeVisible();
  expect(await changeForms(owner.page).count()).toBeGreaterThan(0);

  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    expect(await changeForms(page).count(), `${path}: forms that change data`).toBe(0);
    for (const name of writeButtons) await expect(page.getByRole('button', { name, exact: true }), `${path}: "${name}"`).toHaveCount(0);
  }
  // What the accountant does see: the bakery's accounts and its members, without the owner's cards.
  await page.goto('/accounts');
  await expect(page.getByRole('rowheader', { name: /Business Checking/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Import a file into/ })).toHaveCount(0);
  await page.goto('/workspace');
  await expect(page.getByRole('region', { name: 'Invite someone' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Members' }).getByTestId('member').filter({ hasText: accountant.email })).toContainText('Viewer');

  // Forced: linking a bank answers 403, and an account's import page ends on "Not allowed".
  expect((await page.request.get('/api/bank/connect?institution=chase', { maxRedirects: 0 })).status()).toBe(403);
  await owner.page.goto('/accounts');
  const importHref = await owner.page.getByRole('link', { name: /^Import a file into Business Checking/ }).getAttribute('href');
  expect(importHref).toMatch(/^\/accounts\/[^/]+\/import$/);
  await page.goto(importHref!);
  await expect(page).toHaveURL(/\/forbidden/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
  await expect(page.getByText('Your role in this workspace is viewer')).toBeVisible();
});
