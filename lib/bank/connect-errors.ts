import { STEP_UP_MESSAGE } from '@/lib/auth/step-up-message';
import { AppError } from '@/lib/errors';

// Why a Connect attempt ended without a link. The code travels in a redirect; the message is
// what the person reads. None of them means anything was half-saved.
export const CONNECT_ERROR_MESSAGES = {
  denied: 'You chose not to share any accounts. Nothing was changed.',
  state_invalid: 'This connection attempt is no longer valid: it expired, was already used, or was started from another session. Nothing was changed; please start again.',
  bank_error: 'The bank reported a problem and no accounts were linked. Please try again in a few minutes.',
  exchange_failed: 'Cashlens could not finish linking with the bank. Nothing was changed; please try again.',
  no_accounts: 'The bank did not share any accounts, so nothing was linked.',
  not_found: 'That connection does not exist.',
  not_allowed: 'Your role in this workspace does not let you link banks. Nothing was changed; ask an owner.',
  institution_unknown: 'That bank is not configured in this Cashlens. Nothing was changed; pick one of the banks listed under Connect a bank.',
  bank_misconfigured:
    'The bank refused Cashlens’s client credentials, so nothing was linked. The client id or secret configured for this bank is wrong: ask whoever runs this Cashlens to check BANK_INSTITUTIONS (or BANK_CLIENT_ID / BANK_CLIENT_SECRET for Chase).',
  bank_unreachable: 'Cashlens could not reach this bank. Nothing was changed; its configured address may be wrong, or the bank may be down.',
} as const;

export type ConnectErrorCode = keyof typeof CONNECT_ERROR_MESSAGES;

// A refused Connect attempt is the person's request going wrong (400); `code` says which way.
export class ConnectError extends AppError {
  override name = 'ConnectError';
  declare readonly code: ConnectErrorCode;
  constructor(code: ConnectErrorCode) {
    super('bad_input', CONNECT_ERROR_MESSAGES[code], { code });
  }
}

// Codes come from the query string: own keys only, so `constructor` or `__proto__` is unknown.
function ownMessage(table: Record<string, string>, code: string | undefined): string | undefined {
  return code !== undefined && Object.hasOwn(table, code) ? table[code] : undefined;
}

export function connectErrorMessage(code: string | undefined): string | undefined {
  return ownMessage(CONNECT_ERROR_MESSAGES, code);
}

// What a finished action on the Accounts page reports (`?bank=`).
export const BANK_NOTICES: Record<string, string> = {
  connected: 'Your accounts are linked.',
  disconnected_kept: 'Disconnected. The bank no longer shares data with Cashlens; your imported accounts and transactions are kept.',
  disconnected_deleted: 'Disconnected, and the imported accounts and transactions were deleted.',
  disconnected_kept_unrevoked:
    'Disconnected in Cashlens and your data is kept, but the bank could not be reached to revoke access. Revoke Cashlens in the bank’s Security Center too.',
  disconnected_deleted_unrevoked:
    'Disconnected in Cashlens and your data was deleted, but the bank could not be reached to revoke access. Revoke Cashlens in the bank’s Security Center too.',
};

export function bankNoticeMessage(code: string | undefined): string | undefined {
  return ownMessage(BANK_NOTICES, code);
}

export function bankErrorMessage(code: string | undefined): string | undefined {
  if (code === 'disconnect_choice') return 'Choose whether to keep or delete the imported data, then disconnect.';
  if (code === 'step_up') return STEP_UP_MESSAGE;
  return connectErrorMessage(code);
}
