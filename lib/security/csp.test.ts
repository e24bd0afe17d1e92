import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';
import { buildContentSecurityPolicy, createNonce } from './csp';

const directives = (policy: string) => new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name!, values]));

describe('content security policy', () => {
  it('allows scripts only with this response’s nonce (and what they load), never inline or eval in production', () => {
    const policy = directives(buildContentSecurityPolicy('abc123', { development: false }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(buildContentSecurityPolicy('abc123', { development: false })).not.toContain('unsafe-eval');
    expect(buildContentSecurityPolicy('abc123', { development: true })).toContain("'unsafe-eval'");
  });

  it('makes a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22,}={0,2}$/);
  });
});

describe('proxy', () => {
  it('sends a per-request nonce policy on pages and hands the nonce to Next for its own scripts', () => {
    const first = proxy(new NextRequest('http://localhost:3000/sign-in'));
    const second = proxy(new NextRequest('http://localhost:3000/sign-in'));
    const policy = first.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
  });

  it('still sends a signed-out visitor of an app page to sign-in', () => {
    const response = proxy(new NextRequest('http://localhost:3000/accounts?x=1'));
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location')!).searchParams.get('callbackUrl')).toBe('/accounts?x=1');
    const signedIn = proxy(new NextRequest('http://localhost:3000/accounts', { headers: { cookie: 'authjs.session-token=x' } }));
    expect(signedIn.headers.get('location')).toBeNull();
    expect(signedIn.headers.get('content-security-policy')).toContain("'strict-dynamic'");
  });
});
