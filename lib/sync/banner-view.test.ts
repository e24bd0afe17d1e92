import { describe, expect, it } from 'vitest';
import { describeShellBanners, firstSyncPercent, passShare, RECENT_MONTHS_SHARE, type FirstSyncInput, type PassProgress } from './banner-view';

const sync = (overrides: Partial<FirstSyncInput> = {}): FirstSyncInput => ({
  connectionId: 'c1', bankName: 'Chase', accountsTotal: 4, accountsDone: 0, transactionsImported: 0, passes: [], ...overrides,
});

describe('first-sync progress', () => {
  it('weighs each account the same, counting the share of the bank total written for accounts under way', () => {
    expect(firstSyncPercent([sync()])).toBe(0);
    expect(firstSyncPercent([sync({ accountsDone: 2 })])).toBe(50);
    // 2 done + half of a third: (2 + 0.5) / 4
    expect(firstSyncPercent([sync({ accountsDone: 2, passes: [{ rows: 500, total: 1000, recentRows: null }] })])).toBe(62);
    // Without a total from the bank, an account under way counts nothing until it is done.
    expect(firstSyncPercent([sync({ accountsDone: 1, passes: [{ rows: 500, total: null, recentRows: null }] })])).toBe(25);
  });

  it('never says 100 while running, never more than the rows, and 0 before accounts are known', () => {
    expect(firstSyncPercent([sync({ accountsDone: 4 })])).toBe(99);
    expect(firstSyncPercent([sync({ accountsDone: 3, passes: [{ rows: 5000, total: 1000, recentRows: null }] })])).toBe(99);
    expect(firstSyncPercent([sync({ accountsTotal: 0 })])).toBe(0);
  });

  it('counts an account whose recent months are stored before the bank says how much older history there is', () => {
    const recentIn: PassProgress = { rows: 0, total: null, recentRows: 64 };
    // The reported banner: 0 of 3 accounts done, 191 rows of recent months in. It said 0%.
    expect(firstSyncPercent([sync({ accountsTotal: 3, transactionsImported: 191, passes: [recentIn, { ...recentIn, recentRows: 60 }, { ...recentIn, recentRows: 67 }] })])).toBe(5);
    expect(firstSyncPercent([sync({ accountsTotal: 3, passes: [recentIn] })])).toBe(1);
    // A pass opened whose recent months are not all in yet counts nothing.
    expect(passShare({ rows: 0, total: null, recentRows: null })).toBe(0);
  });

  it('once the older total is known, counts rows written against the whole pass, the recent months included', () => {
    expect(passShare({ rows: 400, total: 900, recentRows: 100 })).toBe(0.5);
    // Ten years behind two months: the rows are below the recent share for a while; it holds.
    expect(passShare({ rows: 100, total: 10_000, recentRows: 64 })).toBe(RECENT_MONTHS_SHARE);
    // Nothing older than the recent months: the pass is as good as done.
    expect(passShare({ rows: 0, total: 0, recentRows: 30 })).toBe(1);
  });

  it('never goes backwards through a first sync, from nothing to the last page, and never says 100 while running', () => {
    // One account of three with a long history, then one with a short one; the third stays untouched.
    const long = (pass: PassProgress | null, done = 0) => ({ pass, done });
    const steps: { pass: PassProgress | null; done: number }[] = [
      long(null),
      long({ rows: 0, total: null, recentRows: null }), // pass opened, recent months being read
      long({ rows: 0, total: null, recentRows: 70 }), // recent months in
      long({ rows: 1000, total: 20_000, recentRows: 70 }), // first older page: the bank's total appears
      long({ rows: 10_000, total: 20_000, recentRows: 70 }),
      long({ rows: 20_000, total: 20_000, recentRows: 70 }), // every page in, reconcile to come
      long(null, 1), // account done
    ];
    const shortPass = [{ rows: 0, total: null, recentRows: 900 }, { rows: 100, total: 100, recentRows: 900 }];
    const percents = [
      ...steps.map(({ pass, done }) => firstSyncPercent([sync({ accountsTotal: 3, accountsDone: done, passes: pass ? [pass] : [] })])),
      ...shortPass.map((pass) => firstSyncPercent([sync({ accountsTotal: 3, accountsDone: 1, passes: [pass] })])),
      firstSyncPercent([sync({ accountsTotal: 3, accountsDone: 2 })]),
    ];
    expect(percents[0]).toBe(0);
    expect(percents[2]).toBeGreaterThan(0);
    for (let i = 1; i < percents.length; i++) expect(percents[i], `step ${i}: ${percents.join(' → ')}`).toBeGreaterThanOrEqual(percents[i - 1]!);
    expect(Math.max(...percents)).toBeLessThan(100);
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
