import { requireAccountProfile } from './account-profiles.js';
import { closeDayIn } from './recipes/card-cycle.js';
import { describeDay, formatIsoDay } from './calendar.js';
import { readPostedBalance } from './ledger-balance.js';
import { listTransactionsPage } from './ledger-page.js';
import type { LedgerItem } from './ledger-day.js';

// Monthly statements: one per closed cycle since the account opened.

export type SandboxStatement = { statementId: string; accountId: string; startDay: number; endDay: number };

export function listStatements(accountId: string, today: number): SandboxStatement[] {
  const profile = requireAccountProfile(accountId);
  const statements: SandboxStatement[] = [];
  let { year, month } = describeDay(profile.openDay);
  let start = profile.openDay;
  for (;;) {
    const close = closeDayIn(year, month, profile.statementCloseDayOfMonth === 0 ? 31 : profile.statementCloseDayOfMonth);
    if (close >= today) break;
    if (close >= start) {
      statements.push({ statementId: `${profile.code}-STMT-${formatIsoDay(close).replaceAll('-', '')}`, accountId, startDay: start, endDay: close });
      start = close + 1;
    }
    month++;
    if (month === 13) {
      month = 1;
      year++;
    }
  }
  return statements.reverse();
}

export function findStatement(accountId: string, statementId: string, today: number): SandboxStatement | undefined {
  return listStatements(accountId, today).find((statement) => statement.statementId === statementId);
}

export function summariseStatement(statement: SandboxStatement, today: number): { openingCents: number; closingCents: number; lines: LedgerItem[]; lineCount: number } {
  const openingCents = readPostedBalance(statement.accountId, statement.startDay - 1, today);
  const closingCents = readPostedBalance(statement.accountId, statement.endDay, today);
  const page = listTransactionsPage(statement.accountId, { startDay: statement.startDay, endDay: statement.endDay, offset: 0, limit: 40 }, today);
  return { openingCents, closingCents, lines: page.items.filter((item) => item.status === 'POSTED'), lineCount: page.total };
}
