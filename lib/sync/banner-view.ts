// What the banners above every signed-in page say (pure, so it is tested without a browser):
// a first sync's progress, and connections the bank asks the user to reconnect.

export type FirstSyncInput = {
  connectionId: string;
  bankName: string;
  accountsTotal: number;
  accountsDone: number;
  transactionsImported: number;
  // Accounts whose pass is under way: rows written so far and the bank's total for the window.
  passes: { rows: number; total: number | null }[];
};

export type ReconnectInput = { connectionId: string; bankName: string; reason: string | null };

export type FirstSyncBanner = { percent: number; accountsDone: number; accountsTotal: number; transactionsImported: number; bankNames: string[]; text: string };
export type ReconnectBanner = { count: number; bankNames: string[]; messages: string[]; text: string };
export type ShellBanners = { firstSync: FirstSyncBanner | null; reconnect: ReconnectBanner | null; accountsBadge: number };

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const unique = (values: string[]) => [...new Set(values)];

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// Each account weighs the same: a finished one counts 1, one under way the share of the bank's
// total it has written (0 when the bank gave no total), one not started 0. Never 100 while running.
export function firstSyncPercent(syncs: FirstSyncInput[]): number {
  let total = 0;
  let done = 0;
  for (const sync of syncs) {
    total += sync.accountsTotal;
    done += Math.min(sync.accountsDone, sync.accountsTotal);
    for (const pass of sync.passes) if (pass.total && pass.total > 0) done += Math.min(1, pass.rows / pass.total);
  }
  if (total === 0) return 0;
  return Math.max(0, Math.min(99, Math.floor((done / total) * 100)));
}

export function describeShellBanners(input: { firstSyncs: FirstSyncInput[]; reconnects: ReconnectInput[] }): ShellBanners {
  const { firstSyncs, reconnects } = input;
  let firstSync: FirstSyncBanner | null = null;
  if (firstSyncs.length > 0) {
    const accountsTotal = firstSyncs.reduce((sum, sync) => sum + sync.accountsTotal, 0);
    const accountsDone = firstSyncs.reduce((sum, sync) => sum + Math.min(sync.accountsDone, sync.accountsTotal), 0);
    const transactionsImported = firstSyncs.reduce((sum, sync) => sum + sync.transactionsImported, 0);
    const percent = firstSyncPercent(firstSyncs);
    const bankNames = unique(firstSyncs.map((sync) => sync.bankName));
    const accounts = accountsTotal > 0 ? `accounts done: ${accountsDone} of ${accountsTotal}` : 'reading your accounts';
    firstSync = { percent, accountsDone, accountsTotal, transactionsImported, bankNames, text: `Importing your history from ${listNames(bankNames)}: ${percent}% (${accounts}).` };
  }
  let reconnect: ReconnectBanner | null = null;
  if (reconnects.length > 0) {
    const bankNames = unique(reconnects.map((connection) => connection.bankName));
    // The bank's message once, however many connections (and accounts) it concerns.
    const messages = unique(reconnects.map((connection) => connection.reason?.trim() || '').filter(Boolean));
    const who = reconnects.length === 1 ? `Your ${bankNames[0]} connection needs` : `${plural(reconnects.length, 'connection')} (${listNames(bankNames)}) need`;
    reconnect = { count: reconnects.length, bankNames, messages, text: `${who} reconnecting before it can sync again.` };
  }
  return { firstSync, reconnect, accountsBadge: reconnects.length };
}
