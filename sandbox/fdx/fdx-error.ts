import type { Context, Next } from 'koa';

// One error type for the FDX API. Codes follow FDX where it defines them
// (601 customer, 701 account, 702/703 dates); the rest are documented in
// sandbox/README.md. Chase returns {"code": <number>, "message": "..."}.

export class FdxError extends Error {
  constructor(readonly status: number, readonly code: number, message: string) {
    super(message);
  }
}

export const fdxErrors = {
  unauthorized: () => new FdxError(401, 603, 'Access token is invalid, expired or revoked'),
  accountNotFound: (accountId: string) => new FdxError(404, 701, `Account ${accountId} not found`),
  customerNotFound: () => new FdxError(404, 601, 'Customer not found'),
  invalidDate: (name: string) => new FdxError(400, 702, `Invalid ${name}: expected a date as YYYY-MM-DD`),
  invalidDateRange: () => new FdxError(400, 703, 'Invalid date range: startTime is after endTime'),
  invalidPaging: (detail: string) => new FdxError(400, 704, `Invalid paging parameter: ${detail}`),
  invalidParameter: (detail: string) => new FdxError(400, 705, `Invalid parameter: ${detail}`),
  statementNotFound: (statementId: string) => new FdxError(404, 1107, `Statement ${statementId} not found`),
  noPaymentNetworks: (accountId: string) => new FdxError(400, 706, `Account ${accountId} has no payment networks: only deposit accounts take ACH or wire transfers`),
};

export async function mapFdxErrors(ctx: Context, next: Next): Promise<void> {
  // Account data: no cache between the bank and the app may keep it, errors included.
  ctx.set('Cache-Control', 'no-store');
  try {
    await next();
  } catch (error) {
    const known = error instanceof FdxError ? error : undefined;
    if (!known) console.error('[sandbox fdx] unexpected error', error);
    ctx.status = known?.status ?? 500;
    ctx.type = 'application/json';
    // Unknown failures never leak internals.
    ctx.body = known ? { code: known.code, message: known.message } : { code: 500, message: 'Internal server error' };
  }
}
