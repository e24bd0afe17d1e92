import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('produces an argon2id hash with at least m=19456, t=2, p=1', async () => {
    const stored = await hashPassword('correct horse battery staple');
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
    expect(match).not.toBeNull();
    const [, m, t, p] = match!.map(Number);
    expect(m).toBeGreaterThanOrEqual(19_456);
    expect(t).toBeGreaterThanOrEqual(2);
    expect(p).toBe(1);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('pässwörd 🔐 with unicode');
    expect(await verifyPassword(stored, 'pässwörd 🔐 with unicode')).toBe(true);
    expect(await verifyPassword(stored, 'password 🔐 with unicode')).toBe(false);
  });

  it('treats a corrupt stored hash as a mismatch', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});
