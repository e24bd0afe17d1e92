import { parseIsoDay } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { createTestPerson } from '@/lib/workspaces/test-helpers/person';

// Minimal rows for budgeting tests: a user with a checking, a savings and a card account, and
// transactions written straight to the table (what the sync engine would have inserted).

export async function seedUser(db: Db, email = `u${Math.random().toString(36).slice(2)}@example.test`) {
  const user = await createTestPerson(db, { email, passwordHash: 'x' });
  const connection = await db.bankConnection.create({ data: { workspaceId: user.id, institution: 'chase', status: 'active' } });
  const account = (bankAccountId: string, accountType: string, accountCategory = 'DEPOSIT_ACCOUNT', balance = 0n) =>
    db.bankAccount.create({
      data: { workspaceId: user.id, connectionId: connection.id, bankAccountId, accountCategory, accountType, name: accountType.toLowerCase(), currentBalanceMinor: balance },
    });
  const checking = await account('chk', 'CHECKING', 'DEPOSIT_ACCOUNT', 500_000n);
  const savings = await account('sav', 'SAVINGS', 'DEPOSIT_ACCOUNT', 1_000_000n);
  const card = await account('card', 'CREDITCARD', 'LOC_ACCOUNT', 120_000n);
  return { workspaceId: user.id, checking: checking.id, savings: savings.id, card: card.id };
}

export type SeedTx = {
  accountId: string;
  amountMinor: bigint;
  day: string;
  description: string;
  status?: 'pending' | 'posted';
  bankCategory?: string;
  bankTransactionType?: string;
  bankMerchantName?: string;
};

let counter = 0;
export async function insertTransactions(db: Db, workspaceId: string, rows: SeedTx[]): Promise<string[]> {
  const ids: string[] = [];
  for (const row of rows) {
    const created = await db.transaction.create({
      data: {
        workspaceId,
        accountId: row.accountId,
        bankTransactionId: `t${++counter}`,
        status: row.status ?? 'posted',
        amountMinor: row.amountMinor,
        bookedOn: parseIsoDay(row.day),
        description: row.description,
        bankCategory: row.bankCategory ?? null,
        bankTransactionType: row.bankTransactionType ?? null,
        bankMerchantName: row.bankMerchantName ?? null,
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return ids;
}
