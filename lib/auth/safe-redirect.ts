/** Only same-site paths may follow sign-in; anything else (//evil.com, https://…) goes to the dashboard. */
export function toSafeRedirectPath(candidate: string | null | undefined, fallback = '/dashboard'): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
  if (candidate.length > 512 || /[\u0000-\u001f]/.test(candidate)) return fallback;
  return candidate;
}
