// What the banners above every signed-in page say (pure, so it is tested without a browser):
// a first sync's progress, and connections the bank asks the user to reconnect.

export type FirstSyncInput = {
  connectionId: string;
  bankName: string;
  accountsTotal: number;
  accountsDone: number;
  transactionsImported: number;
  // Accounts whose pass is under way: the rows of its older pages written so far and the bank's
  // total for them (null until the first of them), and the rows of its recent months once those
  // are all stored (null before, and for a pass without them).
  passes: PassProgress[];
};

export type PassProgress = { rows: number; total: number | null; recentRows: number | null };

export type ReconnectInput = { connectionId: string; bankName: string; reason: string | null };

export type FirstSyncBanner = { percent: number; accountsDone: number; accountsTotal: number; transactionsImported: number; bankNames: string[]; text: string };
export type ReconnectBanner = { count: number; bankNames: string[]; messages: string[]; text: string };
export type ShellBanners = { firstSync: FirstSyncBanner | null; reconnect: ReconnectBanner | null; accountsBadge: number };

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const unique = (values: string[]) => [...new Set(values)];

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// A first pass stores its recent months first (seconds), then reads the older history, whose size
// the bank tells only with its first page. Until then an account whose recent months are in counts
// this share: about what two months of a three-year history are, so the rows overtake it soon.
export const RECENT_MONTHS_SHARE = 0.05;

/**
 * How far one account's pass has come, 0…1. Once the bank has given the older pages' total, it is
 * rows written against rows to write, the recent months included; never less than the recent share
 * once those are in, so the figure does not drop when the older pages start and their total appears.
 */
export function passShare(pass: PassProgress): number {
  const recentRows = pass.recentRows ?? 0;
  const floor = pass.recentRows === null ? 0 : RECENT_MONTHS_SHARE;
  if (pass.total === null || recentRows + pass.total <= 0) return floor;
  return Math.max(floor, Math.min(1, (recentRows + pass.rows) / (recentRows + pass.total)));
}

// Each account weighs the same: a finished one counts 1, one under way its pass's share, one not
// started 0. Never 100 while running.
export function firstSyncPercent(syncs: FirstSyncInput[]): number {
  let total = 0;
  let done = 0;
  for (const sync of syncs) {
    total += sync.accountsTotal;
    done += Math.min(sync.accountsDone, sync.accountsTotal);
    for (const pass of sync.passes) done += passShare(pass);
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
