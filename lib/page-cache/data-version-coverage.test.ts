import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every module under lib/ that writes to the database must move the user's data version (or call a
// helper that does), or be listed below with the reason its writes never change what a cached page
// shows. A new write module fails here until it does one or the other.

const root = path.resolve(__dirname, '..');
// A Prisma model write (`db.budget.upsert(`, `tx.bankAccount.update(`) or hand-written SQL.
const WRITE = /\b(db|tx|ctx\.db|client|prisma|database)\.[a-z]\w*\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(|\$executeRaw|\bsql\.execute\(/;
// Calls that bump: the counter itself, or helpers whose last step bumps it.
const BUMPS = /\b(bumpDataVersion|bumpDataVersionSql|refreshRollups|refreshRollupsInTransaction|rebuildAllRollups|refreshRollupsAfterSync|refreshRollupsForRules|refreshAfterImport)\(/;

const EXEMPT: Record<string, string> = {
  'categories/ensure-categories.ts': 'creates the default tree lazily, inside page reads: a bump there would discard the page being computed, and no page showed categories before they existed',
  'jobs/sqlite-queue.ts': 'sync queue bookkeeping, not page data',
  'payees/write-payees.ts': 'called by the rename and the backfill, which rebuild the touched months with refreshRollups (bumps)',
  'account/delete-account.ts': 'the user and every cached key of theirs is gone',
  'workspaces/delete-workspace.ts': 'the workspace and every cached key of it are gone',
  'workspaces/activity.ts': 'the activity log is read live, never cached',
  'workspaces/invitations.ts': 'memberships and invitations are read live, never cached',
  'workspaces/members.ts': 'memberships are read live, never cached',
  'workspaces/memberships.ts': 'memberships are read live, never cached',
  'bank/connect-flow.ts': 'records who linked the accounts after saveLinkedConnection (which bumps); who linked is not on cached pages',
  'accounts/manual-balance.ts': 'refreshManualBalance runs inside manual-accounts / manual-transactions / import transactions, which bump',
  'categories/apply-rules.ts': 'every caller refreshes rollups afterwards (rules.ts, process-new-transactions.ts, refresh-after-import.ts, manual-transactions.ts)',
  'categories/categorize.ts': 'called only by process-new-transactions.ts, which refreshes rollups afterwards',
  'investments/replace-holdings.ts': "runs inside syncInvestmentAccount's transaction, which bumps",
  'import/db/insert-imported.ts': 'runs inside importFile, which bumps through refreshAfterImport',
  'import/db/staging.ts': 'a temporary staging table, not user data',
  'sync/reconcile.ts': "runs inside sync-account's reconcile transaction, which bumps",
  'sync/sql.ts': 'the SQL runner itself',
  'sync/dead-runs.ts': 'sync run bookkeeping, not shown on cached pages',
  'sync/lease.ts': 'sync lease bookkeeping',
  'sync/recent-first.ts': "its one write (the recent months' row count, for the progress banner) runs in the page transaction, whose storePage bumps",
  'budgeting/sync-processors.ts': 'split moves inside the reconcile transaction (bumps); rollups refresh after the run',
  'bank/connection-status.ts': 'connection status is read live, never cached',
  'bank/oauth-state.ts': 'OAuth state, not page data',
  'bank/token-manager.ts': 'tokens, not page data',
  'crypto/reencrypt-tokens.ts': 'tokens, not page data',
  'db/test-database.ts': 'tests only',
  'reports/reports.ts': 'saved report definitions are read live, never cached',
  'monitoring/alerts.ts': 'monitoring, not cached',
  'monitoring/holders.ts': 'monitoring, not cached',
  'monitoring/save-alerts.ts': 'monitoring, not cached',
  'monitoring/settings.ts': 'monitoring, not cached',
  'monitoring/webhook.ts': 'monitoring, not cached',
  'security/activity.ts': 'security log, not cached',
  'security/session-activity.ts': 'sessions, not cached',
  'security/sessions-list.ts': 'sessions, not cached',
  'auth/actions.ts': 'sign-up and sign-in',
  'auth/passkeys.ts': 'credentials',
  'auth/rate-limit.ts': 'rate limits',
  'auth/recovery-codes.ts': 'credentials',
  'auth/second-factor.ts': 'credentials',
  'auth/sessions.ts': 'sessions',
  'auth/totp.ts': 'credentials',
  'auth/webauthn-challenges.ts': 'credentials',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' || name === 'test-helpers' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('data version coverage', () => {
  const writers = sourceFiles(root)
    .map((file) => ({ name: path.relative(root, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }))
    .filter((file) => WRITE.test(file.text) && file.name !== 'page-cache/data-version.ts');

  it('finds the write modules (the scan itself works)', () => {
    expect(writers.map((w) => w.name)).toEqual(expect.arrayContaining(['budgeting/budgets.ts', 'budgeting/rollups.ts', 'sync/sync-account.ts', 'transactions/edit.ts']));
  });

  it('every write module bumps the data version or says why it need not', () => {
    const missing = writers.filter((w) => !BUMPS.test(w.text) && !(w.name in EXEMPT)).map((w) => w.name);
    expect(missing, 'write modules that neither bump the data version nor are exempt').toEqual([]);
  });

  it('lists no stale exemptions', () => {
    const names = new Set(writers.map((w) => w.name));
    expect(Object.keys(EXEMPT).filter((name) => !names.has(name))).toEqual([]);
  });
});
