/**
 * Where the browser lands after a Connect attempt. A popup lands on /bank/done, which tells the
 * page that opened it and closes; a full-page flow lands on the Accounts page. When the mode is
 * unknown (the state was not ours), /bank/done decides in the browser: popup or not.
 */
export function resultLocation(mode: 'popup' | 'page' | 'unknown', outcome: { notice?: string; error?: string }): string {
  const query = new URLSearchParams();
  if (outcome.notice) query.set('bank', outcome.notice);
  if (outcome.error) query.set('bank_error', outcome.error);
  return `${mode === 'page' ? '/accounts' : '/bank/done'}?${query.toString()}`;
}
