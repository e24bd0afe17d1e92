import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { seedUserRows } from '@/lib/account/test-helpers/seed-user-rows';
import { listExportEntries } from './export-everything';
import { readZip } from './zip-reader';
import { writeZip } from './zip-writer';
import { createTestPerson } from '@/lib/workspaces/test-helpers/person';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function seedUser(email: string) {
  const user = await createTestPerson(t.db, { email, passwordHash: 'argon2-secret-hash' });
  const connection = await t.db.bankConnection.create({ data: { workspaceId: user.id, status: 'active', accessTokenCipher: `CIPHER-ACCESS-${email}`, refreshTokenCipher: `CIPHER-REFRESH-${email}`, tokenKeyId: 'k1' } });
  const account = await t.db.bankAccount.create({ data: { workspaceId: user.id, connectionId: connection.id, bankAccountId: `b-${email}`, accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING', name: 'Everyday', currentBalanceMinor: 123456n } });
  await seedUserRows(t.db, user.id, account.id, connection.id, email);
  return { user, connection, account };
}

async function exportFor(workspaceId: string): Promise<Map<string, Buffer>> {
  const parts: Buffer[] = [];
  for await (const chunk of writeZip(listExportEntries(t.db, { id: workspaceId, workspaceId }, new Date('2026-02-01T00:00:00Z')), new Date('2026-02-01T00:00:00Z'))) parts.push(Buffer.from(chunk));
  return readZip(Buffer.concat(parts));
}

describe('export everything', () => {
  it('has every kind of the user’s data, no other user’s rows and no secrets', async () => {
    const me = await seedUser('me@example.test');
    const other = await seedUser('other@example.test');
    // More transactions than one page, so keyset paging is exercised.
    await t.db.transaction.createMany({ data: Array.from({ length: 1203 }, (_, n) => ({ workspaceId: me.user.id, accountId: me.account.id, bankTransactionId: `bulk-${n}`, status: 'posted', amountMinor: BigInt(-n - 1), bookedOn: new Date('2026-01-10T00:00:00Z'), description: `Purchase ${n}` })) });

    const files = await exportFor(me.user.id);
    const names = [...files.keys()];
    for (const name of ['profile.json', 'connections.json', 'accounts.json', 'transactions.json', 'categories.json', 'rules.json', 'budgets.json', 'tags.json', 'goals.json', 'alerts.json', 'reports.json', 'balance-values.json', 'holdings.json', 'security-activity.json', 'transactions.csv', 'accounts.csv']) {
      expect(names).toContain(name);
    }
    const json = (name: string) => JSON.parse(files.get(name)!.toString('utf8')) as Record<string, unknown>[];
    for (const name of names.filter((n) => n.endsWith('.json') && n !== 'profile.json')) {
      const rows = json(name);
      expect(rows.length, `${name} is empty`).toBeGreaterThan(0);
      for (const row of rows) if ('workspaceId' in row) expect(row.workspaceId).toBe(me.user.id);
    }
    expect(json('transactions.json')).toHaveLength(1204);
    const csvLines = files.get('transactions.csv')!.toString('utf8').trim().split('\r\n');
    expect(csvLines).toHaveLength(1 + 1204);
    expect(csvLines.some((line) => line.includes(',-12.34,'))).toBe(true);

    const everything = [...files.values()].map((b) => b.toString('utf8')).join('\n');
    for (const secret of ['CIPHER-ACCESS', 'CIPHER-REFRESH', 'argon2-secret-hash', 'whsec_secret', `hash-${me.user.id}`, 'passwordHash', 'tokenHash', 'webhookSecret']) {
      expect(everything, `export contains ${secret}`).not.toContain(secret);
    }
    for (const foreign of [other.user.id, other.connection.id, other.account.id, 'other@example.test']) expect(everything).not.toContain(foreign);
    expect(everything).toContain(me.account.id);
  });
});
