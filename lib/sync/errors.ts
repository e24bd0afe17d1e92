import { BankHttpError, BankTimeoutError, BankUnavailableError, MalformedBankResponseError, ReconnectNeededError } from '@/lib/bank/errors';
import { LeaseLostError } from './sync-account';

// What a failed run records: a code the UI can branch on and a sentence a person can read, with
// no URLs, ids or parser output (those go to the log: see logDetail).

export function describeSyncError(error: unknown): { errorCode: string; error: string } {
  if (error instanceof ReconnectNeededError) return { errorCode: 'reconnect_needed', error: 'The bank needs you to reconnect this account.' };
  if (error instanceof BankUnavailableError) return { errorCode: 'bank_unavailable', error: 'The bank is unavailable right now; we will try again later.' };
  if (error instanceof BankTimeoutError) return { errorCode: 'timeout', error: 'The bank took too long to answer.' };
  if (error instanceof MalformedBankResponseError) return { errorCode: 'malformed', error: 'The bank sent data we could not read; nothing from it was saved. We will try again at the next sync.' };
  if (error instanceof BankHttpError) return { errorCode: 'bank_error', error: `The bank answered with an error (HTTP ${error.status}).` };
  if (error instanceof LeaseLostError) return { errorCode: 'lease_lost', error: 'Another sync of this connection took over.' };
  return { errorCode: 'internal', error: 'The sync failed unexpectedly.' };
}

/** Whether a failure's details belong in the log (everything but the expected "reconnect" case). */
export function shouldLogSyncError(errorCode: string): boolean {
  return errorCode !== 'reconnect_needed';
}
