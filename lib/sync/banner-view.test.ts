import { describe, expect, it } from 'vitest';
import { describeShellBanners, firstSyncPercent, type FirstSyncInput } from './banner-view';

const sync = (overrides: Partial<FirstSyncInput> = {}): FirstSyncInput => ({
  connectionId: 'c1', bankName: 'Chase', accountsTotal: 4, accountsDone: 0, transactionsImported: 0, passes: [], ...overrides,
});

describe('first-sync progress', () => {
  it('weighs each account the same, counting the share of the bank total written for accounts under way', () => {
    expect(firstSyncPercent([sync()])).toBe(0);
    expect(firstSyncPercent([sync({ accountsDone: 2 })])).toBe(50);
    // 2 done + half of a third: (2 + 0.5) / 4
    expect(firstSyncPercent([sync({ accountsDone: 2, passes: [{ rows: 500, total: 1000 }] })])).toBe(62);
    // Without a total from the bank, an account under way counts nothing until it is done.
    expect(firstSyncPercent([sync({ accountsDone: 1, passes: [{ rows: 500, total: null }] })])).toBe(25);
  });

  it('never says 100 while running, never more than the rows, and 0 before accounts are known', () => {
    expect(firstSyncPercent([sync({ accountsDone: 4 })])).toBe(99);
    expect(firstSyncPercent([sync({ accountsDone: 3, passes: [{ rows: 5000, total: 1000 }] })])).toBe(99);
    expect(firstSyncPercent([sync({ accountsTotal: 0 })])).toBe(0);
  });

  it('adds up two banks syncing at once and says "accounts done: 2 of 4"', () => {
    const view = describeShellBanners({
      firstSyncs: [sync({ accountsTotal: 3, accountsDone: 2, transactionsImported: 1200 }), sync({ connectionId: 'c2', bankName: 'Lakeshore Credit Union', accountsTotal: 1, transactionsImported: 30 })],
      reconnects: [],
    });
    expect(view.firstSync).toMatchObject({ percent: 50, accountsDone: 2, accountsTotal: 4, transactionsImported: 1230 });
    expect(view.firstSync!.text).toBe('Importing your history from Chase and Lakeshore Credit Union: 50% (accounts done: 2 of 4).');
    expect(view.reconnect).toBeNull();
    expect(view.accountsBadge).toBe(0);
  });

  it('says it is reading the accounts before it knows how many there are', () => {
    expect(describeShellBanners({ firstSyncs: [sync({ accountsTotal: 0 })], reconnects: [] }).firstSync!.text).toBe('Importing your history from Chase: 0% (reading your accounts).');
  });

  it('shows nothing when no first sync runs and nothing needs reconnecting', () => {
    expect(describeShellBanners({ firstSyncs: [], reconnects: [] })).toEqual({ firstSync: null, reconnect: null, accountsBadge: 0 });
  });
});

describe('reconnect banner', () => {
  it('names the bank and gives its message once', () => {
    const view = describeShellBanners({ firstSyncs: [], reconnects: [{ connectionId: 'c1', bankName: 'Chase', reason: 'The bank stopped accepting this connection.' }] });
    expect(view.reconnect).toEqual({ count: 1, bankNames: ['Chase'], messages: ['The bank stopped accepting this connection.'], text: 'Your Chase connection needs reconnecting before it can sync again.' });
    expect(view.accountsBadge).toBe(1);
  });

  it('does not repeat the same message for several connections, and skips blank ones', () => {
    const reason = 'Access was revoked at the bank.';
    const view = describeShellBanners({
      firstSyncs: [],
      reconnects: [
        { connectionId: 'c1', bankName: 'Chase', reason },
        { connectionId: 'c2', bankName: 'Lakeshore Credit Union', reason },
        { connectionId: 'c3', bankName: 'Chase', reason: '  ' },
      ],
    });
    expect(view.reconnect!.messages).toEqual([reason]);
    expect(view.reconnect!.text).toBe('3 connections (Chase and Lakeshore Credit Union) need reconnecting before it can sync again.');
    expect(view.accountsBadge).toBe(3);
  });
});
