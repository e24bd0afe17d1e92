import { describe, expect, it } from 'vitest';
import { toSafeRedirectPath } from './safe-redirect';

describe('toSafeRedirectPath', () => {
  it('keeps local paths', () => {
    expect(toSafeRedirectPath('/accounts?x=1')).toBe('/accounts?x=1');
  });
  it.each(['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null, '/a\nb', undefined, 42, ['/accounts'], { startsWith: () => true }])('refuses %j', (value) => {
    expect(toSafeRedirectPath(value)).toBe('/dashboard');
  });
});
