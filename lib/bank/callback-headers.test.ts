import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';

// A plain-JavaScript config: imported by path so TypeScript takes the declared type.
const configPath: string = '../../next.config.mjs';

// Next applies next.config.mjs headers on top of what a route handler sets, the later matching
// entry winning: the bank callback's URL holds a one-time code, so the effective
// Referrer-Policy there must stay no-referrer, and stay strict elsewhere.

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

function matches(source: string, path: string): boolean {
  if (source.endsWith('/:path*')) {
    const prefix = source.slice(0, -'/:path*'.length);
    return path === prefix || path.startsWith(`${prefix}/`) || prefix === '';
  }
  return source === path;
}

async function effectiveHeader(path: string, key: string): Promise<string | undefined> {
  const { default: nextConfig } = (await import(configPath)) as { default: NextConfig };
  const rules = (await nextConfig.headers?.()) as HeaderRule[];
  let value: string | undefined;
  for (const rule of rules) if (matches(rule.source, path)) value = rule.headers.find((header) => header.key === key)?.value ?? value;
  return value;
}

describe('security headers from next.config', () => {
  it('keep no-referrer on the bank callback and the popup result page', async () => {
    expect(await effectiveHeader('/api/bank/callback', 'Referrer-Policy')).toBe('no-referrer');
    expect(await effectiveHeader('/bank/done', 'Referrer-Policy')).toBe('no-referrer');
    expect(await effectiveHeader('/dashboard', 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });
});
