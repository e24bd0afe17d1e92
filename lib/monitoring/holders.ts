import { createHash } from 'node:crypto';
import { createFdxClient } from '@/lib/bank/fdx-client';
import { addDays } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { displayBankName } from '@/lib/ownership/match-fields';
import { normalizeEmail, normalizePhone, normalizePostalCode, normalizeStreet } from '@/lib/ownership/normalize';
import { bankContactSchema, parseJsonWith, type BankContact } from '@/lib/ownership/types';
import { HOLDER_CHANGE_WATCH_DAYS, type HolderChange } from './rules/holder-change';
import { log } from '@/lib/log';

// The sync reads an account's holders only when the user links it; monitoring re-reads them (one
// /contact call per account, side by side, under a time limit) once per bank day, and compares
// them with what it saw last time, kept in AccountHolderWatch. checkedAt is on the bank's clock
// (the accounts' balance as-of time), so "once a day" follows the bank's days.

const CONTACT_TIMEOUT_MS = 5_000;
const RECHECK_MS = 20 * 3_600_000;
const emptyContact: BankContact = { holders: [], emails: [], addresses: [], telephones: [] };

const canonicalNames = (contact: BankContact) => contact.holders.map((holder) => displayBankName(holder.name).toLowerCase()).sort();

function contactHash(contact: BankContact): string {
  const canonical = {
    holders: canonicalNames(contact),
    emails: contact.emails.map(normalizeEmail).sort(),
    phones: contact.telephones.map((phone) => normalizePhone(phone.number ?? '')).sort(),
    addresses: contact.addresses.map((address) => `${normalizeStreet(address.line1 ?? '')}|${normalizePostalCode(address.postalCode ?? '')}`).sort(),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32);
}

function whatElseChanged(before: BankContact, after: BankContact): string[] {
  const changed: string[] = [];
  const same = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  if (!same(before.emails.map(normalizeEmail), after.emails.map(normalizeEmail))) changed.push('email');
  if (!same(before.telephones.map((t) => normalizePhone(t.number ?? '')), after.telephones.map((t) => normalizePhone(t.number ?? '')))) changed.push('phone');
  if (!same(before.addresses.map((a) => normalizeStreet(a.line1 ?? '')), after.addresses.map((a) => normalizeStreet(a.line1 ?? '')))) changed.push('address');
  return changed;
}

async function fetchContacts(db: Db, connectionId: string, accounts: { bankAccountId: string }[]): Promise<Map<string, BankContact>> {
  const client = createFdxClient(connectionId, db);
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('contact read timed out')), CONTACT_TIMEOUT_MS).unref());
  const results = await Promise.race([Promise.allSettled(accounts.map((account) => client.getAccountContact(account.bankAccountId))), timeout]);
  const contacts = new Map<string, BankContact>();
  results.forEach((result, index) => {
    if (result.status !== 'fulfilled') return;
    const parsed = bankContactSchema.safeParse(result.value);
    if (parsed.success) contacts.set(accounts[index]!.bankAccountId, parsed.data);
  });
  return contacts;
}

/** Re-reads every shared account's holders; returns the changes being watched (new or recent). */
export async function checkHolders(db: Db, workspaceId: string, connectionId: string, fallbackNow = new Date()): Promise<HolderChange[]> {
  const accounts = await db.bankAccount.findMany({ where: { connectionId, workspaceId, sharing: 'shared' }, select: { id: true, bankAccountId: true, holdersJson: true, balanceAsOf: true } });
  if (accounts.length === 0) return [];
  const bankNow = accounts.map((a) => a.balanceAsOf?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0) || fallbackNow.getTime();
  const now = new Date(bankNow);
  const watches = new Map((await db.accountHolderWatch.findMany({ where: { accountId: { in: accounts.map((a) => a.id) } } })).map((w) => [w.accountId, w]));
  // First sync after linking: the holders were read moments ago; they are the baseline, no call needed.
  const unwatched = accounts.filter((account) => !watches.has(account.id) && account.holdersJson);
  if (unwatched.length > 0) {
    await db.accountHolderWatch.createMany({ data: unwatched.map((account) => ({ accountId: account.id, workspaceId, holdersHash: contactHash(parseJsonWith(bankContactSchema, account.holdersJson) ?? emptyContact), holdersJson: account.holdersJson!, checkedAt: now })) });
    if (unwatched.length === accounts.length) return [];
  }
  const watched = [...watches.values()];
  if (watched.length > 0 && watched.every((watch) => bankNow - watch.checkedAt.getTime() < RECHECK_MS)) return watchedChanges(watched, accounts, now);
  let contacts: Map<string, BankContact>;
  try {
    contacts = await fetchContacts(db, connectionId, accounts);
  } catch (error) {
    log.warn('monitoring: could not re-read holders', { connectionId, error });
    return [];
  }
  const changes: HolderChange[] = [];
  for (const account of accounts) {
    if (unwatched.includes(account)) continue;
    const current = contacts.get(account.bankAccountId);
    if (!current) continue;
    const watch = watches.get(account.id);
    const baselineJson = watch?.holdersJson ?? account.holdersJson;
    const baseline = parseJsonWith(bankContactSchema, baselineJson);
    const hash = contactHash(current);
    const json = JSON.stringify(current);
    if (!baseline) {
      await db.accountHolderWatch.create({ data: { accountId: account.id, workspaceId, holdersHash: hash, holdersJson: json, checkedAt: now } });
      continue;
    }
    const holdersChanged = JSON.stringify(canonicalNames(baseline)) !== JSON.stringify(canonicalNames(current));
    if (holdersChanged) {
      const since = watch?.checkedAt ?? now;
      const data = { holdersHash: hash, holdersJson: json, previousJson: baselineJson, changedAt: now, checkedAt: now };
      await db.accountHolderWatch.upsert({ where: { accountId: account.id }, create: { accountId: account.id, workspaceId, ...data }, update: data });
      // Ownership checks read the account's holders: keep them as the bank says now.
      await db.bankAccount.update({ where: { id: account.id }, data: { holdersJson: json } });
      const names = (contact: BankContact) => contact.holders.map((holder) => displayBankName(holder.name)).join(' and ') || 'no one';
      changes.push({ accountId: account.id, hash, changedAt: now, since, from: names(baseline), to: names(current), alsoChanged: whatElseChanged(baseline, current), detectedNow: true });
      continue;
    }
    const data = { holdersHash: hash, holdersJson: json, checkedAt: now };
    if (watch) await db.accountHolderWatch.update({ where: { accountId: account.id }, data });
    else await db.accountHolderWatch.create({ data: { accountId: account.id, workspaceId, ...data } });
    if (watch?.changedAt && watch.previousJson && watch.changedAt >= addDays(now, -HOLDER_CHANGE_WATCH_DAYS)) {
      const previous = parseJsonWith(bankContactSchema, watch.previousJson);
      const names = (contact: BankContact | null) => contact?.holders.map((holder) => displayBankName(holder.name)).join(' and ') || 'no one';
      changes.push({ accountId: account.id, hash: watch.holdersHash, changedAt: watch.changedAt, since: watch.checkedAt, from: names(previous), to: names(current), alsoChanged: [], detectedNow: false });
    }
  }
  return changes;
}

function namesOf(contact: BankContact | null): string {
  return contact?.holders.map((holder) => displayBankName(holder.name)).join(' and ') || 'no one';
}

/** Changes still being watched, from the stored watches alone (no bank call). */
function watchedChanges(watches: { accountId: string; holdersHash: string; holdersJson: string; previousJson: string | null; changedAt: Date | null; checkedAt: Date }[], accounts: { id: string }[], now: Date): HolderChange[] {
  const ids = new Set(accounts.map((account) => account.id));
  return watches
    .filter((watch) => ids.has(watch.accountId) && watch.changedAt && watch.previousJson && watch.changedAt >= addDays(now, -HOLDER_CHANGE_WATCH_DAYS))
    .map((watch) => ({
      accountId: watch.accountId,
      hash: watch.holdersHash,
      changedAt: watch.changedAt!,
      since: watch.changedAt!,
      from: namesOf(parseJsonWith(bankContactSchema, watch.previousJson)),
      to: namesOf(parseJsonWith(bankContactSchema, watch.holdersJson)),
      alsoChanged: [],
      detectedNow: false,
    }));
}
