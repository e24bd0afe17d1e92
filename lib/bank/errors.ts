import { AppError } from '@/lib/errors';

// Typed failures of calls to a bank. The sync engine and the Connect flow branch on the class,
// never on message text; messages are safe to show in sync history (no tokens, no bodies).
// To a route they are all the same upstream failure (502).

export class BankError extends AppError {
  override name = 'BankError';
  constructor(message: string, options?: ErrorOptions) {
    super('upstream', message, { ...options, code: 'bank_error' });
  }
}

/** The bank answered with a non-2xx status that was not retried away. */
export class BankHttpError extends BankError {
  override name = 'BankHttpError';
  constructor(
    readonly status: number,
    readonly url: string,
    readonly retryAfterMs: number | null = null,
    // The start of the response body, for callers that must read the OAuth error code (invalid_grant).
    readonly bodyText = '',
  ) {
    super(`bank returned HTTP ${status}`);
  }
}

/** One call took longer than its timeout (after retries, for reads). */
export class BankTimeoutError extends BankError {
  override name = 'BankTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`bank did not answer within ${timeoutMs} ms`);
  }
}

/** The circuit breaker for this bank is open: we stopped calling it for a while. */
export class BankUnavailableError extends BankError {
  override name = 'BankUnavailableError';
  constructor(
    readonly breakerKey: string,
    readonly retryAtMs: number | null = null,
  ) {
    super('bank unavailable');
  }
}

/** The user's consent is gone (401 / invalid_grant): only a new link fixes it, so never retried. */
export class ReconnectNeededError extends BankError {
  override name = 'ReconnectNeededError';
  constructor(reason = 'reconnect needed') {
    super(reason);
  }
}

/** The bank's payload did not match the FDX shape we rely on; nothing from it is applied. */
export class MalformedBankResponseError extends BankError {
  override name = 'MalformedBankResponseError';
  constructor(detail: string) {
    super(`malformed bank response: ${detail}`);
  }
}
