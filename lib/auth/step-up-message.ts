// Apart from ./step-up.ts (which reads the database) so client-side message tables can import it.
export const STEP_UP_MESSAGE =
  'Confirm it’s you first: under Settings → Security, use “Confirm it’s you” (a code, a passkey or your password), then try again within 10 minutes.';
