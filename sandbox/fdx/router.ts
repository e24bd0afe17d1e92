import Router from '@koa/router';
import type { Context, Next } from 'koa';
import { requireAccountProfile } from '../data/account-profiles.js';
import { formatIsoDay, toDayNumber } from '../data/calendar.js';
import { findAccountContact, findCustomerProfile } from '../data/contacts.js';
import { listSandboxAccounts, type SandboxAccountSummary } from '../data/customers.js';
import { listTransactionsPage } from '../data/ledger-page.js';
import { renderStatementPdf } from '../data/statement-pdf.js';
import { findStatement, listStatements, summariseStatement } from '../data/statements.js';
import { sandboxNow } from '../clock.js';
import { applyFaults } from './fault-middleware.js';
import { consumeFault } from './fault-state.js';
import { FdxError, fdxErrors, mapFdxErrors } from './fdx-error.js';
import { DEFAULT_TRANSACTION_LIMIT, MAX_TRANSACTION_LIMIT, readDay, readLimit, readOffset } from './query-params.js';
import { serializeDescriptor, serializeDetails, serializeTransaction } from './serialize.js';

export type FdxGrant = { customerId: string; accountIds: string[]; clientId: string };
type FdxState = { grant: FdxGrant; accounts: SandboxAccountSummary[] };

// Chase's FDX base; the credit union serves the same API under its own (sandbox/institution.ts).
export const FDX_PREFIX = '/jpmc/servicing/inquiry-maintenance/fdx/v4';

function buildHref(ctx: Context, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, String(value));
  return `${ctx.path}?${query.toString()}`;
}

function findGrantedAccount(ctx: Context): SandboxAccountSummary {
  const state = ctx.state as FdxState;
  const accountId = String(ctx.params.accountId ?? '');
  const account = state.accounts.find((candidate) => candidate.accountId === accountId);
  // Accounts outside the consent do not exist for this token.
  if (!account) throw fdxErrors.accountNotFound(accountId.slice(0, 64));
  return account;
}

export function createFdxRouter(opts: { resolveGrant(bearerToken: string): Promise<FdxGrant | null>; prefix?: string; statementTitle?: string }): Router {
  const router = new Router({ prefix: opts.prefix ?? FDX_PREFIX });
  // The last transactions page per (token customer, account), for repeat_page.
  const lastPages = new Map<string, unknown[]>();
  router.use(mapFdxErrors);

  router.get('/ping', (ctx) => {
    ctx.body = { status: 'ok' };
  });

  const authenticate = async (ctx: Context, next: Next) => {
    const header = ctx.get('authorization');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const grant = match?.[1] ? await opts.resolveGrant(match[1]) : null;
    if (!grant) {
      ctx.set('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw fdxErrors.unauthorized();
    }
    const accounts = listSandboxAccounts(grant.customerId).filter((account) => grant.accountIds.includes(account.accountId));
    ctx.state.grant = grant;
    ctx.state.accounts = accounts;
    await applyFaults(ctx, grant.customerId, next);
  };

  router.get('/accounts', authenticate, (ctx) => {
    const { accounts } = ctx.state as FdxState;
    const resultType = (ctx.query.resultType as string | undefined) ?? 'lightweight';
    if (resultType !== 'lightweight' && resultType !== 'details') throw fdxErrors.invalidParameter('resultType must be lightweight or details');
    const offset = readOffset(ctx.query.offset);
    const limit = readLimit(ctx.query.limit, 100, 1_000);
    const now = sandboxNow();
    const today = toDayNumber(now);
    // The spec requires at least one account per page, so an offset past the
    // end is a paging error rather than an empty page.
    if (offset > 0 && offset >= accounts.length) throw fdxErrors.invalidPaging('offset is past the last account');
    const slice = accounts.slice(offset, offset + limit);
    const nextOffset = offset + slice.length < accounts.length ? String(offset + slice.length) : undefined;
    ctx.body = {
      page: { totalElements: accounts.length, ...(nextOffset ? { nextOffset } : {}) },
      links: { self: { href: ctx.url }, ...(nextOffset ? { next: { href: buildHref(ctx, { resultType, offset: nextOffset, limit }) } } : {}) },
      accounts: slice.map((account) => {
        const profile = requireAccountProfile(account.accountId);
        return resultType === 'details' ? serializeDetails(account, profile, today, now) : serializeDescriptor(account, profile);
      }),
    };
  });

  router.get('/accounts/:accountId', authenticate, (ctx) => {
    const account = findGrantedAccount(ctx);
    const now = sandboxNow();
    ctx.body = serializeDetails(account, requireAccountProfile(account.accountId), toDayNumber(now), now);
  });

  router.get('/accounts/:accountId/transactions', authenticate, (ctx) => {
    const account = findGrantedAccount(ctx);
    const { grant } = ctx.state as FdxState;
    const profile = requireAccountProfile(account.accountId);
    const today = toDayNumber(sandboxNow());
    const startDay = readDay(ctx.query.startTime, 'startTime') ?? profile.openDay;
    const endDay = readDay(ctx.query.endTime, 'endTime') ?? today;
    if (startDay > endDay) throw fdxErrors.invalidDateRange();
    const offset = readOffset(ctx.query.offset);
    const limit = readLimit(ctx.query.limit, DEFAULT_TRANSACTION_LIMIT, MAX_TRANSACTION_LIMIT);
    const page = listTransactionsPage(account.accountId, { startDay, endDay, offset, limit }, today);
    const nextOffset = page.nextOffset !== undefined ? String(page.nextOffset) : undefined;
    let transactions: unknown[] = page.items.map((item) => serializeTransaction(account, item));
    const pageKey = `${grant.customerId}|${account.accountId}`;
    const previous = lastPages.get(pageKey);
    lastPages.set(pageKey, transactions);
    const malformed = consumeFault(['malformed_page'], grant.customerId);
    if (malformed) {
      ctx.type = 'application/json';
      ctx.body = malformed.variant === 'broken_json' ? '{"page":{"nextOffset":"' + (nextOffset ?? '') + '"},"transactions":[{"depositTransaction":{"transactionId":' : { page: { nextOffset }, transactions: { oops: 'not an array' } };
      return;
    }
    if (previous && consumeFault(['repeat_page'], grant.customerId)) transactions = previous;
    ctx.body = {
      page: { totalElements: page.total, ...(nextOffset ? { nextOffset } : {}) },
      links: {
        self: { href: ctx.url },
        ...(nextOffset ? { next: { href: buildHref(ctx, { startTime: ctx.query.startTime as string | undefined, endTime: ctx.query.endTime as string | undefined, offset: nextOffset, limit }) } } : {}),
      },
      transactions,
    };
  });

  router.get('/accounts/:accountId/contact', authenticate, (ctx) => {
    const account = findGrantedAccount(ctx);
    const contact = findAccountContact(account.customerId, account.accountId, toDayNumber(sandboxNow()));
    if (!contact) throw fdxErrors.accountNotFound(account.accountId);
    ctx.body = contact;
  });

  router.get('/accounts/:accountId/payment-networks', authenticate, (ctx) => {
    const account = findGrantedAccount(ctx);
    const profile = requireAccountProfile(account.accountId);
    // Only deposit accounts are reachable by ACH/wire. For the others an empty list would break
    // the schema (minItems: 1) and `{}` is meant for restricted accounts: answer an FDX error.
    if (!profile.routingNumber) throw fdxErrors.noPaymentNetworks(account.accountId);
    const networks = [
      { bankId: profile.routingNumber, identifier: profile.accountNumber, type: 'US_ACH', transferIn: true, transferOut: true },
      { bankId: profile.routingNumber, identifier: profile.accountNumber, type: 'US_FEDWIRE', transferIn: true, transferOut: true },
    ];
    ctx.body = { page: { totalElements: networks.length }, paymentNetworks: networks };
  });

  router.get('/accounts/:accountId/statements', authenticate, (ctx) => {
    const account = findGrantedAccount(ctx);
    const offset = readOffset(ctx.query.offset);
    const limit = readLimit(ctx.query.limit, 100, 500);
    const all = listStatements(account.accountId, toDayNumber(sandboxNow()));
    const slice = all.slice(offset, offset + limit);
    const nextOffset = offset + slice.length < all.length ? String(offset + slice.length) : undefined;
    ctx.body = {
      page: { totalElements: all.length, ...(nextOffset ? { nextOffset } : {}) },
      links: { self: { href: ctx.url }, ...(nextOffset ? { next: { href: buildHref(ctx, { offset: nextOffset, limit }) } } : {}) },
      statements: slice.map((statement) => ({
        accountId: account.accountId,
        statementId: statement.statementId,
        statementDate: formatIsoDay(statement.endDay),
        description: `Statement ${formatIsoDay(statement.startDay)} to ${formatIsoDay(statement.endDay)}`,
        status: 'AVAILABLE',
        links: [{ href: `${FDX_PREFIX}/accounts/${account.accountId}/statements/${statement.statementId}`, action: 'GET', rel: 'statement', types: ['application/pdf'] }],
      })),
    };
  });

  router.get('/accounts/:accountId/statements/:statementId', authenticate, (ctx) => {
    const account = findGrantedAccount(ctx);
    const today = toDayNumber(sandboxNow());
    const statementId = String(ctx.params.statementId);
    const statement = findStatement(account.accountId, statementId, today);
    if (!statement) throw fdxErrors.statementNotFound(statementId.slice(0, 64));
    const summary = summariseStatement(statement, today);
    const profile = requireAccountProfile(account.accountId);
    ctx.type = 'application/pdf';
    ctx.set('Content-Disposition', `inline; filename="${statement.statementId}.pdf"`);
    ctx.body = renderStatementPdf({ title: `${opts.statementTitle ?? 'Chase (sandbox)'} - ${profile.productName}`, accountLine: `${account.nickname} ${account.maskedNumber}`, periodStart: statement.startDay, periodEnd: statement.endDay, ...summary });
  });

  router.get('/customers/current', authenticate, (ctx) => {
    const { grant } = ctx.state as FdxState;
    const customer = findCustomerProfile(grant.customerId, toDayNumber(sandboxNow()));
    if (!customer) throw fdxErrors.customerNotFound();
    ctx.body = customer;
  });

  // Anything else under the FDX prefix answers in the FDX error shape too.
  router.all('/{*rest}', () => {
    throw new FdxError(404, 404, 'Resource not found');
  });

  return router;
}
