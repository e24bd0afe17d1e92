// Why a Connect attempt ended without a link. The code travels in a redirect; the message is
// what the person reads. None of them means anything was half-saved.
export const CONNECT_ERROR_MESSAGES = {
  denied: 'You chose not to share any accounts. Nothing was changed.',
  state_invalid: 'This connection attempt is no longer valid: it expired, was already used, or was started from another session. Nothing was changed; please start again.',
  bank_error: 'The bank reported a problem and no accounts were linked. Please try again in a few minutes.',
  exchange_failed: 'Cashlens could not finish linking with the bank. Nothing was changed; please try again.',
  no_accounts: 'The bank did not share any accounts, so nothing was linked.',
  not_found: 'That connection does not exist.',
} as const;

export type ConnectErrorCode = keyof typeof CONNECT_ERROR_MESSAGES;

export class ConnectError extends Error {
  constructor(readonly code: ConnectErrorCode) {
    super(CONNECT_ERROR_MESSAGES[code]);
    this.name = 'ConnectError';
  }
}

export function connectErrorMessage(code: string | undefined): string | undefined {
  return code && code in CONNECT_ERROR_MESSAGES ? CONNECT_ERROR_MESSAGES[code as ConnectErrorCode] : undefined;
}
