// What the sign-in page says after a sign-out (`?signedOut=`). The code comes from the query
// string, so only the table's own keys count (`constructor` is not a message).
const SIGNED_OUT_MESSAGES: Record<string, string> = {
  '1': 'You are signed out.',
  everywhere: 'You are signed out on every device.',
};

export function signedOutMessage(code: string | string[] | undefined): string | undefined {
  return typeof code === 'string' && Object.hasOwn(SIGNED_OUT_MESSAGES, code) ? SIGNED_OUT_MESSAGES[code] : undefined;
}
