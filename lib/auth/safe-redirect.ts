/**
 * Only same-site paths may follow sign-in; anything else (//evil.com, https://…) goes to the dashboard.
 * Takes `unknown`: server actions pass it what a client sent, which need not be a string at all.
 */
export function toSafeRedirectPath(candidate: unknown, fallback = '/dashboard'): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
  if (candidate.length > 512 || /[\u0000-\u001f]/.test(candidate)) return fallback;
  return candidate;
}
