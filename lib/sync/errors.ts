import { BankHttpError, BankTimeoutError, BankUnavailableError, MalformedBankResponseError, ReconnectNeededError } from '@/lib/bank/errors';
import { LeaseLostError } from './sync-account';

// What a failed run records: a code the UI can branch on, a sentence a person can read (no URLs,
// ids, status codes or parser output: those go to the log), and, when the bank asked us to back
// off, when the connection is tried again (remembered per connection on the run, so neither a
// restart nor "Sync now" calls the bank before then).

export type DescribedSyncError = { errorCode: string; error: string; retryAt?: Date };

// A bank that is down (circuit breaker open) is probed again after this at the earliest: the
// breaker's own cooldown is for one process's burst of calls, not for a schedule.
const unavailableBackoffMs = 5 * 60_000;

export function describeSyncError(error: unknown, now = Date.now()): DescribedSyncError {
  if (error instanceof ReconnectNeededError) return { errorCode: 'reconnect_needed', error: 'The bank needs you to reconnect this account.' };
  if (error instanceof BankUnavailableError) {
    return { errorCode: 'bank_unavailable', error: 'The bank is not answering right now; we will try again automatically.', retryAt: new Date(Math.max(error.retryAtMs ?? 0, now + unavailableBackoffMs)) };
  }
  if (error instanceof BankHttpError && error.retryAfterMs !== null) {
    return { errorCode: 'bank_unavailable', error: 'The bank asked us to wait before syncing again; we will try again automatically.', retryAt: new Date(now + error.retryAfterMs) };
  }
  if (error instanceof BankTimeoutError) return { errorCode: 'timeout', error: 'The bank took too long to answer; we will try again at the next sync.' };
  if (error instanceof MalformedBankResponseError) return { errorCode: 'malformed', error: 'The bank sent data we could not read; nothing from it was saved. We will try again at the next sync.' };
  if (error instanceof BankHttpError) return { errorCode: 'bank_error', error: 'The bank answered with an error; we will try again at the next sync.' };
  if (error instanceof LeaseLostError) return { errorCode: 'lease_lost', error: 'Another sync of this connection took over.' };
  return { errorCode: 'internal', error: 'The sync failed unexpectedly.' };
}

/** Whether a failure's details belong in the log (everything but the expected "reconnect" case). */
export function shouldLogSyncError(errorCode: string): boolean {
  return errorCode !== 'reconnect_needed';
}
