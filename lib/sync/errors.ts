import { BankHttpError, BankTimeoutError, BankUnavailableError, MalformedBankResponseError, ReconnectNeededError } from '@/lib/bank/errors';
import { LeaseLostError } from './sync-account';

// What a failed run records: a code the UI can branch on and a sentence a person can read.
// Unexpected errors are logged in full and recorded without details.
export function describeSyncError(error: unknown): { errorCode: string; error: string } {
  if (error instanceof ReconnectNeededError) return { errorCode: 'reconnect_needed', error: 'The bank needs you to reconnect this account.' };
  if (error instanceof BankUnavailableError) return { errorCode: 'bank_unavailable', error: 'The bank is unavailable right now; we will try again later.' };
  if (error instanceof BankTimeoutError) return { errorCode: 'timeout', error: 'The bank took too long to answer.' };
  if (error instanceof MalformedBankResponseError) return { errorCode: 'malformed', error: `The bank sent data we could not read (${error.message.replace(/^malformed bank response: /, '')}); nothing from it was saved.` };
  if (error instanceof BankHttpError) return { errorCode: 'bank_error', error: `The bank answered with an error (HTTP ${error.status}).` };
  if (error instanceof LeaseLostError) return { errorCode: 'lease_lost', error: 'Another sync of this connection took over.' };
  return { errorCode: 'internal', error: 'The sync failed unexpectedly.' };
}
