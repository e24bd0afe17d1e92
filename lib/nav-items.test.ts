import fs from 'node:fs';
import { NextRequest } from 'next/server';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy';
import { NAV_ITEMS, requiresSignIn } from './nav-items';

const origin = 'http://localhost:3000';
const matches = (path: string) => unstable_doesMiddlewareMatch({ config, url: `${origin}${path}` });
const visit = (path: string, cookies: Record<string, string> = {}) => {
  const request = new NextRequest(`${origin}${path}`);
  for (const [name, value] of Object.entries(cookies)) request.cookies.set(name, value);
  return proxy(request);
};

describe('sign-in redirect', () => {
  it.each(NAV_ITEMS.map((item) => item.href))('protects %s and the pages below it', (href) => {
    for (const path of [href, `${href}/some-id`]) {
      expect(matches(path)).toBe(true);
      const response = visit(`${path}?tab=x`);
      expect(response.headers.get('location')).toBe(`${origin}/sign-in?callbackUrl=${encodeURIComponent(`${path}?tab=x`)}`);
    }
  });

  it('lets a request with a session cookie through', () => {
    expect(visit('/reports', { 'authjs.session-token': 'x' }).headers.get('location')).toBeNull();
  });

  it('leaves public pages, the API and assets alone', () => {
    for (const path of ['/', '/sign-in', '/sign-up', '/r/some-token', '/reportsx']) expect(visit(path).headers.get('location')).toBeNull();
    for (const path of ['/api/health', '/_next/static/chunk.js', '/favicon.ico']) expect(matches(path)).toBe(false);
    expect(requiresSignIn('/accounts-archive')).toBe(false);
  });

  it('lists every signed-in page folder in the navigation, so none is left unprotected', () => {
    const folders = fs.readdirSync('app/(app)', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/${entry.name}`);
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(requiresSignIn(folder), folder).toBe(true);
  });
});
