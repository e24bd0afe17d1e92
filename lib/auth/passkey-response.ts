import { z } from 'zod';
import type { AuthenticationResponse, RegistrationResponse } from './passkeys';

// A browser's WebAuthn answer arrives as JSON text. Its outer shape is checked here; the signed
// parts are checked by @simplewebauthn/server, which refuses anything malformed.
const base = z.looseObject({
  id: z.string().min(1).max(1_024),
  rawId: z.string().min(1).max(1_024),
  type: z.literal('public-key'),
  clientExtensionResults: z.looseObject({}),
});
const registrationSchema = base.extend({ response: z.looseObject({ clientDataJSON: z.string(), attestationObject: z.string() }) });
const authenticationSchema = base.extend({ response: z.looseObject({ clientDataJSON: z.string(), authenticatorData: z.string(), signature: z.string() }) });

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string' || text.length > 64_000) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function parseRegistrationResponse(text: unknown): RegistrationResponse | null {
  const parsed = registrationSchema.safeParse(parseJson(text));
  return parsed.success ? (parsed.data as unknown as RegistrationResponse) : null;
}

export function parseAuthenticationResponse(text: unknown): AuthenticationResponse | null {
  const parsed = authenticationSchema.safeParse(parseJson(text));
  return parsed.success ? (parsed.data as unknown as AuthenticationResponse) : null;
}
