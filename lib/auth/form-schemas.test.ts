import { describe, expect, it } from 'vitest';
import { signInSchema, signUpSchema } from './form-schemas';

const valid = { name: 'Ada', email: 'Ada@Example.com ', password: 'long enough pw', confirmPassword: 'long enough pw' };

describe('sign-up form', () => {
  it('normalises the email and accepts a good form', () => {
    const result = signUpSchema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data?.email).toBe('ada@example.com');
  });

  it.each([
    ['empty email', { email: '' }, 'email', 'Enter your email address.'],
    ['malformed email', { email: "x' OR 1=1 --" }, 'email', 'Enter a valid email address, like name@example.com.'],
    ['10 kB email', { email: `${'a'.repeat(10_000)}@example.com` }, 'email', 'Email addresses are at most 254 characters.'],
    ['short password', { password: 'short', confirmPassword: 'short' }, 'password', 'Use at least 10 characters.'],
    ['10 kB password', { password: 'p'.repeat(10_240), confirmPassword: 'p'.repeat(10_240) }, 'password', 'Use at most 128 characters.'],
    ['mismatched confirmation', { confirmPassword: 'something else' }, 'confirmPassword', 'The passwords do not match.'],
    ['control characters in name', { name: 'a\u0000b' }, 'name', 'Names cannot contain control characters.'],
  ])('refuses %s with a message on the field', (_label, change, field, message) => {
    const result = signUpSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toBe(message);
  });

  it('keeps HTML, emoji and right-to-left names as text', () => {
    for (const name of ['<script>alert(1)</script>', '💸 Ada', 'مرحبا', "O'Brien; DROP TABLE users"]) {
      expect(signUpSchema.safeParse({ ...valid, name }).data?.name).toBe(name);
    }
  });
});

describe('sign-in form', () => {
  it('requires both fields', () => {
    const result = signInSchema.safeParse({ email: '', password: '' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0]).sort()).toEqual(['email', 'password']);
  });
});
