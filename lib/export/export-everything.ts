import type { Db } from '@/lib/db';
import { toIsoDay } from '@/lib/dates';
import { minorUnitsToDecimal } from '@/lib/money';
import { CSV_BOM, csvCell, csvRow } from '@/lib/transactions/csv';
import type { ZipEntry } from './zip-writer';
import type { ActorRef } from '@/lib/workspaces/actor';

// Everything a person has in Cashlens, as the entries of one archive: JSON for each kind of data
// and CSV for transactions and accounts. Every query is scoped by workspaceId, read in keyset pages of
// PAGE rows, so a million transactions stream through without being held. No bank token, token
// cipher, webhook secret, password hash or share-link hash is ever selected.

const PAGE = 500;

type Row = Record<string, unknown>;
/** Reads one page after the given id (ordered by id); an empty page ends the table. */
type PageReader = (afterId: string | undefined) => Promise<Row[]>;

async function* readPages(read: PageReader): AsyncGenerator<Row[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await read(after);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id as string;
  }
}

const keyset = (workspaceId: string, after: string | undefined) => ({ where: { workspaceId, ...(after ? { id: { gt: after } } : {}) }, orderBy: { id: 'asc' as const }, take: PAGE });

// Money stays exact: minor units as decimal strings, never floats.
const toJson = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);

async function* jsonArray(pages: AsyncIterable<Row[]>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const rows of pages) {
    for (const row of rows) {
      yield `${first ? '\n' : ',\n'}${toJson(row)}`;
      first = false;
    }
  }
  yield '\n]\n';
}

function tableEntry(name: string, read: PageReader): ZipEntry {
  return { name, content: jsonArray(readPages(read)) };
}

const connectionFields = { id: true, institution: true, status: true, statusReason: true, grantedScope: true, consentedAt: true, lastSyncedAt: true, customerJson: true, createdAt: true, updatedAt: true } as const;
const reportFields = { id: true, title: true, snapshotJson: true, dataAsOf: true, expiresAt: true, revokedAt: true, viewCount: true, lastViewedAt: true, createdAt: true } as const;
const monitoringFields = { largeMadMultiplier: true, largeMinMinor: true, newMerchantMinMinor: true, duplicateWindowMin: true, cardTestingMaxMinor: true, cardTestingCount: true, cardTestingWindowMin: true, foreignEnabled: true, webhookUrl: true, updatedAt: true } as const;

/**
 * The archive's entries for one workspace, asked for by one of its owners, in order; each is
 * produced only when the writer reaches it. The person's own sign-in record and security
 * activity come along; other members' do not.
 */
export async function* listExportEntries(db: Db, actor: ActorRef, now: Date): AsyncGenerator<ZipEntry> {
  const { workspaceId } = actor;
  yield { name: 'README.txt', content: [readme(now)] };
  const [user, profile, monitoring, money] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, name: true, createdAt: true } }),
    db.userProfile.findUnique({ where: { workspaceId } }),
    db.monitoringSettings.findUnique({ where: { workspaceId }, select: monitoringFields }),
    db.moneySettings.findUnique({ where: { workspaceId }, select: { savingsContributions: true, ownerDraws: true, loanPayments: true, updatedAt: true } }),
  ]);
  yield { name: 'profile.json', content: [toJson({ user, profile, monitoringSettings: monitoring, moneySettings: money }) + '\n'] };
  yield tableEntry('connections.json', (after) => db.bankConnection.findMany({ ...keyset(workspaceId, after), select: connectionFields }));
  yield tableEntry('accounts.json', (after) => db.bankAccount.findMany(keyset(workspaceId, after)));
  yield tableEntry('transactions.json', (after) => db.transaction.findMany({ ...keyset(workspaceId, after), include: { tags: { select: { tagId: true } }, splits: true } }));
  yield tableEntry('categories.json', (after) => db.category.findMany(keyset(workspaceId, after)));
  yield tableEntry('rules.json', (after) => db.categoryRule.findMany(keyset(workspaceId, after)));
  yield tableEntry('payee-renames.json', (after) => db.payeeRename.findMany(keyset(workspaceId, after)));
  yield tableEntry('budgets.json', (after) => db.budget.findMany(keyset(workspaceId, after)));
  yield tableEntry('tags.json', (after) => db.tag.findMany(keyset(workspaceId, after)));
  yield tableEntry('goals.json', (after) => db.goal.findMany(keyset(workspaceId, after)));
  yield tableEntry('alerts.json', (after) => db.alert.findMany(keyset(workspaceId, after)));
  yield tableEntry('reports.json', (after) => db.lendingReport.findMany({ ...keyset(workspaceId, after), select: reportFields }));
  yield tableEntry('balance-values.json', (after) => db.accountBalanceValue.findMany(keyset(workspaceId, after)));
  yield tableEntry('holdings.json', (after) => db.holding.findMany(keyset(workspaceId, after)));
  yield tableEntry('imports.json', (after) => db.importBatch.findMany(keyset(workspaceId, after)));
  yield tableEntry('sync-history.json', (after) => db.syncRun.findMany(keyset(workspaceId, after)));
  yield tableEntry('webhook-deliveries.json', (after) => db.webhookDelivery.findMany(keyset(workspaceId, after)));
  yield tableEntry('security-activity.json', (after) => db.securityEvent.findMany({ where: { userId: actor.id, ...(after ? { id: { gt: after } } : {}) }, orderBy: { id: 'asc' }, take: PAGE, select: { id: true, kind: true, detail: true, ipAddress: true, userAgent: true, createdAt: true } }));
  yield { name: 'accounts.csv', content: accountsCsv(db, workspaceId) };
  yield { name: 'transactions.csv', content: await transactionsCsv(db, workspaceId) };
}

async function* accountsCsv(db: Db, workspaceId: string): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(['Id', 'Name', 'Source', 'Category', 'Type', 'Number', 'Currency', 'Current balance', 'Available balance', 'Balance as of'].map((h) => csvCell(h)));
  for await (const rows of readPages((after) => db.bankAccount.findMany(keyset(workspaceId, after)))) {
    yield rows
      .map((row) => {
        const a = row as Awaited<ReturnType<Db['bankAccount']['findFirstOrThrow']>>;
        return csvRow([
          csvCell(a.id), csvCell(a.name), csvCell(a.source), csvCell(a.accountCategory), csvCell(a.accountType), csvCell(a.maskedNumber), csvCell(a.currency),
          csvCell(a.currentBalanceMinor === null ? null : minorUnitsToDecimal(a.currentBalanceMinor), { numeric: true }),
          csvCell(a.availableBalanceMinor === null ? null : minorUnitsToDecimal(a.availableBalanceMinor), { numeric: true }),
          csvCell(a.balanceAsOf?.toISOString()),
        ]);
      })
      .join('');
  }
}

async function transactionsCsv(db: Db, workspaceId: string): Promise<AsyncGenerator<string>> {
  // A person has tens of accounts and categories, not millions: names are looked up in memory.
  const [accounts, categories] = await Promise.all([
    db.bankAccount.findMany({ where: { workspaceId }, select: { id: true, name: true } }),
    db.category.findMany({ where: { workspaceId }, select: { id: true, name: true } }),
  ]);
  const accountName = new Map(accounts.map((a) => [a.id, a.name]));
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  async function* lines(): AsyncGenerator<string> {
    yield CSV_BOM + csvRow(['Id', 'Date', 'Account', 'Description', 'Merchant', 'Category', 'Amount', 'Currency', 'Status', 'Transfer', 'Notes'].map((h) => csvCell(h)));
    let after: string | undefined;
    for (;;) {
      const rows = await db.transaction.findMany({ ...keyset(workspaceId, after), select: { id: true, bookedOn: true, accountId: true, description: true, merchantName: true, payee: true, bankMerchantName: true, categoryId: true, amountMinor: true, currency: true, status: true, isTransfer: true, notes: true } });
      if (rows.length === 0) return;
      yield rows
        .map((t) =>
          csvRow([
            csvCell(t.id), csvCell(toIsoDay(t.bookedOn)), csvCell(accountName.get(t.accountId) ?? ''), csvCell(t.description), csvCell(t.merchantName ?? t.payee ?? t.bankMerchantName),
            csvCell(t.categoryId ? (categoryName.get(t.categoryId) ?? '') : ''), csvCell(minorUnitsToDecimal(t.amountMinor), { numeric: true }), csvCell(t.currency), csvCell(t.status),
            csvCell(t.isTransfer ? 'yes' : 'no'), csvCell(t.notes),
          ]),
        )
        .join('');
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }
  return lines();
}

function readme(now: Date): string {
  return [
    `Cashlens export, made ${now.toISOString()}.`,
    '',
    'Each .json file is an array of rows as Cashlens stores them. Money is in integer minor units',
    '(cents), written as strings so no digit is lost: "-1234" is -12.34. Amounts are signed from your',
    'side: money in is positive, money out negative. Dates are UTC.',
    'transactions.csv and accounts.csv open in a spreadsheet; their amounts are decimals.',
    'Bank tokens, your password and webhook signing secrets are never exported.',
    '',
  ].join('\n');
}
